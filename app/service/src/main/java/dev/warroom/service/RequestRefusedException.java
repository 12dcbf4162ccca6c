package dev.warroom.service;

import dev.warroom.service.words.ServiceText;
import java.util.List;
import java.util.stream.Stream;

/**
 * A request the service will not carry out, in words a user can read; nothing was opened or journalled.
 * {@link #text()} is why, as a key and its arguments a front end says in its own language ({@link #getMessage()} is the
 * English); {@link #details()} holds the lines behind it (a plan's {@code file:line:column} problems, as the validator wrote them).
 */
public final class RequestRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Whether the request itself was wrong, or what it points at (a plan, a journal) has problems. */
    public enum Kind { USAGE, PROBLEMS }

    private final Kind kind;
    private final transient ServiceText text;
    private final transient List<String> details;

    RequestRefusedException(Kind kind, ServiceText text) {
        this(kind, text, List.of());
    }

    RequestRefusedException(Kind kind, ServiceText text, List<String> details) {
        super(text.english());
        this.kind = kind;
        this.text = text;
        this.details = List.copyOf(details);
    }

    public Kind kind() {
        return kind;
    }

    /** Why, in any language the service's words have. */
    public ServiceText text() {
        return text;
    }

    public List<String> details() {
        return details;
    }

    /** What to show a user when opening or resuming failed, in English: a refusal's lines, else the failure's message. */
    public static String words(Throwable failed) {
        if (failed instanceof RequestRefusedException refused) {
            return String.join("\n", refused.lines());
        }
        return failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
    }

    /** The details, then the message: everything a user needs to put it right. */
    public List<String> lines() {
        return Stream.concat(details.stream(), Stream.of(getMessage())).toList();
    }
}
