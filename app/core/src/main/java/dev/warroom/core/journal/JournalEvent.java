package dev.warroom.core.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One fact of an incident, as stored on one line of the journal.
 *
 * <p>{@code time} is incident time (from the incident clock: virtual or accelerated in drills),
 * {@code wall} the real UTC time it was written, {@code offsetMillis} monotonic milliseconds since the
 * journal was created (continuing across resumes). {@code prev} is the previous event's hash
 * ({@link #NO_PREVIOUS} for the first); {@code hash} is the lowercase hex SHA-256 of {@code prev}
 * followed by the event's canonical JSON without its hash field.
 *
 * <p>{@code data} is already redacted of secrets. Treat it as read-only: the record shares it with the
 * journal's in-memory history.
 */
public record JournalEvent(
        long seq,
        Instant time,
        Instant wall,
        long offsetMillis,
        String actor,
        String type,
        ObjectNode data,
        String prev,
        String hash) {

    /** The {@code prev} of the first event: 64 zeros. */
    public static final String NO_PREVIOUS = "0".repeat(64);

    public JournalEvent {
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1, got " + seq);
        }
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(wall, "wall");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(prev, "prev");
        Objects.requireNonNull(hash, "hash");
    }
}
