package dev.warroom.core.incident;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** One recorded fact of an incident, as the fold sees it (the journal adds hashes and offsets). */
public record IncidentEvent(long seq, Instant time, String actor, String type, ObjectNode data) {

    public String text(String field) {
        return data.path(field).asText("");
    }
}
