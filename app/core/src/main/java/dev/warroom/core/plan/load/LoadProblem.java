package dev.warroom.core.plan.load;

/**
 * Why a plan file could not be loaded, at a place in it: a syntax, schema or binding error.
 * Lines and columns count from 1. The validator words it for the user together with its own findings.
 */
public record LoadProblem(String file, int line, int column, String message) {

    static LoadProblem at(String file, Position position, String message) {
        return new LoadProblem(file, position.line(), position.column(), message);
    }

    /** {@code file:line:column: error: message}, as {@code warroom validate} prints it. */
    public String format() {
        return file + ":" + line + ":" + column + ": error: " + message;
    }
}
