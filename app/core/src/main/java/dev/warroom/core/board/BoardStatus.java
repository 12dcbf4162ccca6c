package dev.warroom.core.board;

import dev.warroom.core.world.ProbeFailure;

/** How current a board entry is, or why it is not. */
public enum BoardStatus {
    /** Observed successfully, recently enough. */
    FRESH("fresh"),
    /** The last good observation is older than the staleness threshold, or none has arrived yet. */
    STALE("stale"),
    UNREACHABLE("unreachable"),
    TIMEOUT("timed out"),
    THROTTLED("throttled"),
    AUTH_FAILED("auth failed"),
    /** The probe failed in a way that fits no other status (a bug, an unexpected answer). */
    ERROR("error"),
    /** A DRILL does not probe the resource: it lies outside the plan's drill environment, and nothing connects to it. */
    NOT_OBSERVED_IN_DRILL("not observed in DRILL"),
    /** No probe is registered for the resource's kind in this world. */
    NO_PROBE("no probe");

    private final String words;

    BoardStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** Whether the board currently has a trustworthy, recent reading. */
    public boolean isFresh() {
        return this == FRESH;
    }

    static BoardStatus of(ProbeFailure failure) {
        return switch (failure) {
            case UNREACHABLE -> UNREACHABLE;
            case TIMEOUT -> TIMEOUT;
            case THROTTLED -> THROTTLED;
            case AUTH_FAILED -> AUTH_FAILED;
            case ERROR -> ERROR;
            case OUTSIDE_DRILL -> NOT_OBSERVED_IN_DRILL;
        };
    }
}
