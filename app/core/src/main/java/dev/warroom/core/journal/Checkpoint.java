package dev.warroom.core.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A state folded from a journal's events up to and including event {@code seq}, held against that event's
 * {@code eventHash}: it stands for those events only while the journal's chain still reaches that hash at that
 * seq. {@code state} is opaque to the journal (the engine writes and reads it) and, being folded from redacted
 * events, holds no secret.
 */
public record Checkpoint(long seq, String eventHash, ObjectNode state) {

    public Checkpoint {
        if (seq < 1) {
            throw new IllegalArgumentException("a checkpoint folds at least event 1, got " + seq);
        }
        Objects.requireNonNull(eventHash, "eventHash");
        Objects.requireNonNull(state, "state");
    }
}
