package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** Who gets pulled in, in which order, and how fast each severity must be answered. */
public record Escalation(
        @JsonPropertyDescription("The escalation ladder, in order (L1, L2 ...).") List<EscalationLevel> path,
        @JsonPropertyDescription("Required response time per alert severity (e.g. p0 within 15m).") List<SeverityResponse> severities,
        @JsonPropertyDescription("The on-call rota: rotation, coverage, primary and secondary.") OnCall onCall) {

    public Escalation {
        path = Lists.of(path);
        severities = Lists.of(severities);
    }
}
