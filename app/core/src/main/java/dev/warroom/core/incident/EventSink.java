package dev.warroom.core.incident;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.journal.Checkpoint;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Where the engine records facts. {@link #record} returns only once the event is durable; the
 * engine acts only after it returns.
 */
public interface EventSink {

    IncidentEvent record(String type, String actor, ObjectNode data) throws IOException;

    /** Every event recorded so far, in order. */
    List<IncidentEvent> events();

    /** Whether nothing has been recorded yet. */
    default boolean isEmpty() {
        return events().isEmpty();
    }

    /** A checkpoint of the fold up to one of these events, to resume from instead of folding every event; none by default. */
    default Optional<Checkpoint> checkpoint() {
        return Optional.empty();
    }

    /** The events recorded after event {@code seq}, in order. */
    default List<IncidentEvent> eventsAfter(long seq) {
        return events().stream().filter(e -> e.seq() > seq).toList();
    }

    /** Keeps {@code state}, the fold of every event up to {@code seq}, as the checkpoint to resume from; by default nowhere. */
    default void writeCheckpoint(long seq, ObjectNode state) throws IOException {
    }

    /** Every event, read back from where they are kept (for an observer catching up); by default {@link #events()}. */
    default List<IncidentEvent> readBack() throws IOException {
        return events();
    }
}
