package dev.warroom.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** How one step of a procedure went. */
public record StepRow(String procedure, String step, String title, String status, Optional<String> confirmedBy,
        Optional<Instant> startedAt, Optional<Duration> took, int attempts, String detail) {
}
