package dev.warroom.core.incident;

import java.time.Instant;

/** A checklist item ticked, by whom and when. */
public record ChecklistTick(String checklist, String item, String actor, Instant at) {
}
