package dev.warroom.core.incident;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;

/**
 * Where the engine records facts. {@link #record} returns only once the event is durable; the
 * engine acts only after it returns.
 */
public interface EventSink {

    IncidentEvent record(String type, String actor, ObjectNode data) throws IOException;

    /** Every event recorded so far, in order. */
    List<IncidentEvent> events();

    /** Every event, read back from where they are kept (for an observer catching up); by default {@link #events()}. */
    default List<IncidentEvent> readBack() throws IOException {
        return events();
    }
}
