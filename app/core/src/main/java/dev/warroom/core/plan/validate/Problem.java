package dev.warroom.core.plan.validate;

import dev.warroom.core.text.VisibleText;
import java.util.Comparator;

/**
 * A problem as the user sees it: {@code file:line:column: severity: message}, always one line. Lines and
 * columns count from 1. A message is kept on one line and to a readable length even when it quotes a
 * huge or multi-line value from a hostile file. {@code blocksLive}: a warning about what cannot work on the
 * real connectors, which refuses a DRILL or LIVE of the plan (its message says so).
 */
public record Problem(String file, int line, int column, Severity severity, String message, boolean blocksLive) {

    static final int LONGEST_MESSAGE = 500;

    public static final Comparator<Problem> BY_POSITION = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public Problem {
        message = oneLine(message);
    }

    public Problem(String file, int line, int column, Severity severity, String message) {
        this(file, line, column, severity, message, false);
    }

    public String format() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    private static String oneLine(String message) {
        String flat = VisibleText.prose(message.replace("\t", " ").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\r"));
        return flat.length() <= LONGEST_MESSAGE ? flat : flat.substring(0, LONGEST_MESSAGE) + "…";
    }
}
