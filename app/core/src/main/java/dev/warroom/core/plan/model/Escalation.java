package dev.warroom.core.plan.model;

import java.util.List;

/** Who gets pulled in, in which order, and how fast each severity must be answered. */
public record Escalation(List<EscalationLevel> path, List<SeverityResponse> severities, OnCall onCall) {

    public Escalation {
        path = Lists.of(path);
        severities = Lists.of(severities);
    }
}
