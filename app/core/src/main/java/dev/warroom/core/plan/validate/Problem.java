package dev.warroom.core.plan.validate;

import java.util.Comparator;

/** A problem as the user sees it: {@code file:line:column: severity: message}. Lines and columns count from 1. */
public record Problem(String file, int line, int column, Severity severity, String message) {

    public static final Comparator<Problem> BY_POSITION = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public String format() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
