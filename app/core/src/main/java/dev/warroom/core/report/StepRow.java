package dev.warroom.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How one step of a procedure went. {@code status} says how a done step's outcome was established
 * ("done — verified", "done — confirmed", "done — not verified"); {@code established} gives the
 * evidence in words: the reading and when it was seen, or who was asked what.
 */
public record StepRow(String procedure, String step, String title, String status, Optional<String> confirmedBy,
        Optional<Instant> startedAt, Optional<Duration> took, int attempts, String detail, String established) {
}
