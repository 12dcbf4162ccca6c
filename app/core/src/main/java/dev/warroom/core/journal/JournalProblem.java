package dev.warroom.core.journal;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Something wrong with a journal file: which line, which event when it is known, and what is wrong in
 * words a commander can act on. Immutable.
 */
public final class JournalProblem {

    /** The kinds of damage the chain can show. */
    public enum Kind {
        /** The event's bytes no longer match its hash. */
        ALTERED,
        /** Seq skips one or more numbers. */
        MISSING,
        /** An event appears where another was expected, and the expected one comes later or earlier. */
        OUT_OF_ORDER,
        /** A line repeats an earlier event. */
        DUPLICATED,
        /** The event is intact but its {@code prev} is not the hash of the event before it. */
        BROKEN_LINK,
        /** A line that is not a journal event at all. */
        NOT_AN_EVENT,
        /** The last line has no newline: a write that did not finish. */
        INCOMPLETE_LAST_LINE,
        /** The file is empty: it holds no events at all. */
        EMPTY,
        /** No line of the file is a journal event: it is some other file. */
        NOT_A_JOURNAL,
        /** The journal holds fewer events than its last seal recorded: events were cut off its end. */
        ENDS_BEFORE_SEAL,
        /** The journal holds events after its last seal that no seal covers: they were added after the close. */
        AFTER_SEAL,
        /** An event's hash is not the one a seal recorded for it: the chain was recomputed after sealing. */
        DISAGREES_WITH_SEAL,
        /** The seal file itself is unreadable, altered, or its seals do not follow one another. */
        SEAL_DAMAGED
    }

    private final Kind kind;
    private final int line;
    private final long seq;
    private final String type;
    private final String message;

    JournalProblem(Kind kind, int line, long seq, String type, String message) {
        this.kind = Objects.requireNonNull(kind);
        this.line = line;
        this.seq = seq;
        this.type = type;
        this.message = Objects.requireNonNull(message);
    }

    public Kind kind() {
        return kind;
    }

    /** The 1-based line of the file where the problem shows. */
    public int line() {
        return line;
    }

    /** The seq of the event concerned, when the problem is about an event. */
    public OptionalLong seq() {
        return seq > 0 ? OptionalLong.of(seq) : OptionalLong.empty();
    }

    /** The event's type, when it could be read. */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    /** For example "event 17 (step.confirmed) was altered: its hash does not match its content". */
    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
