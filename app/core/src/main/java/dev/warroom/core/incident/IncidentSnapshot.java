package dev.warroom.core.incident;

/** One journalled and folded event and the incident's state right after it: what observers receive. Immutable. */
public record IncidentSnapshot(IncidentEvent event, IncidentState state) {

    public long seq() {
        return event.seq();
    }
}
