package dev.warroom.core.plan.model;

import java.time.Duration;

/** The document's worked RTO: detection + decision + recovery + verification. */
public record RtoBudget(Duration detection, Duration decision, Duration recovery, Duration verification) {
}
