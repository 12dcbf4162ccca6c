package dev.warroom.core.drill;

/** Where one inject of the events list stands. */
public enum InjectStatus {
    /** Waiting for its time or its trigger. */
    PENDING("pending"),
    /** Its time or trigger came while it was held: it fires when released. */
    DUE("due"),
    FIRED("fired"),
    /** Held by the facilitator before it came due. */
    HELD("held"),
    SKIPPED("skipped"),
    /** The drill ended and the event that would have triggered it never came. */
    NOT_TRIGGERED("not-triggered"),
    /** The drill ended before its time came. */
    NOT_REACHED("not-reached");

    private final String word;

    InjectStatus(String word) {
        this.word = word;
    }

    /** As written in the journal and the report. */
    public String word() {
        return word;
    }

    public boolean isOpen() {
        return this == PENDING || this == DUE || this == HELD;
    }
}
