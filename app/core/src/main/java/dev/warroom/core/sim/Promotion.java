package dev.warroom.core.sim;

import java.time.Instant;

/** A promotion the provider accepted at {@code startedAt}; the role flips at {@code completesAt}. */
record Promotion(Instant startedAt, Instant completesAt) {

    boolean inProgressAt(Instant time) {
        return !time.isBefore(startedAt) && time.isBefore(completesAt);
    }

    boolean doneAt(Instant time) {
        return !time.isBefore(completesAt);
    }
}
