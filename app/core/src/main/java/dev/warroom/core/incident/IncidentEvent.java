package dev.warroom.core.incident;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One recorded fact of an incident, as the fold sees it. {@code hash} is the journal's hash of this
 * event, which makes it the journal's head once it is recorded (empty where no journal stands behind it).
 */
public record IncidentEvent(long seq, Instant time, String actor, String type, ObjectNode data, String hash) {

    public IncidentEvent(long seq, Instant time, String actor, String type, ObjectNode data) {
        this(seq, time, actor, type, data, "");
    }

    public IncidentEvent {
        hash = hash == null ? "" : hash;
    }

    public String text(String field) {
        return data.path(field).asText("");
    }
}
