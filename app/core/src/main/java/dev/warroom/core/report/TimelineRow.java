package dev.warroom.core.report;

import java.time.Duration;
import java.time.Instant;

/** One line of the report's timeline: when, since impact, what happened, who, and how it ended. */
public record TimelineRow(long seq, Instant time, Duration sinceImpact, String kind, String event, String actor, String outcome) {
}
