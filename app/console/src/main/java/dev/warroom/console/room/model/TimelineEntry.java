package dev.warroom.console.room.model;

import java.time.Instant;

/** One row of the live timeline. */
public record TimelineEntry(long seq, Instant time, String kind, String event, String actor, String outcome) {
}
