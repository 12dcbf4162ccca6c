package dev.warroom.service;

import java.util.List;

/**
 * A request the service will not carry out, in words a user can read; nothing was opened or journalled.
 * {@link #details()} holds the lines behind it (a plan's {@code file:line:column} problems).
 */
public final class RequestRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Whether the request itself was wrong, or what it points at (a plan, a journal) has problems. */
    public enum Kind { USAGE, PROBLEMS }

    private final Kind kind;
    private final transient List<String> details;

    RequestRefusedException(Kind kind, String message) {
        this(kind, message, List.of());
    }

    RequestRefusedException(Kind kind, String message, List<String> details) {
        super(message);
        this.kind = kind;
        this.details = List.copyOf(details);
    }

    public Kind kind() {
        return kind;
    }

    public List<String> details() {
        return details;
    }

    /** What to show a user when opening or resuming failed: a refusal's lines, else the failure's message. */
    public static String words(Throwable failed) {
        if (failed instanceof RequestRefusedException refused) {
            return String.join("\n", refused.lines());
        }
        return failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
    }

    /** The details, then the message: everything a user needs to put it right. */
    public List<String> lines() {
        return java.util.stream.Stream.concat(details.stream(), java.util.stream.Stream.of(getMessage())).toList();
    }
}
