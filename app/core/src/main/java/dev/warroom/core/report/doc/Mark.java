package dev.warroom.core.report.doc;

/** How a value reads: renderers with colour colour it, the others add the word or sign. */
public enum Mark {
    PLAIN,
    /** Met, verified, done. */
    GOOD,
    /** Missed, failed, not met, the journal failed verification. */
    BAD,
    /** Not verified, undetermined, not measured, a step nobody checked. */
    WARNING,
    /** Empty: the author is to fill it. */
    TO_FILL
}
