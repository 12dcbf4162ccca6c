package dev.warroom.core.incident;

import java.time.Instant;

/** A note, issue found or action item on the timeline. */
public record Note(NoteKind kind, String text, String actor, Instant at) {
}
