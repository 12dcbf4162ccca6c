package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;
import java.util.List;

/** An ordered list of steps, e.g. the regional failover script. */
public record Procedure(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        String titleEn,
        String description,
        @JsonPropertyDescription("The script or section of the document this procedure comes from.") String source,
        @JsonPropertyDescription("The time the document allows for the whole procedure.") Duration expectedDuration,
        @JsonPropertyDescription("Values taken at run time (asked, or read from a live reading) and used in steps as {{id}}.")
        List<ProcedureParameter> parameters,
        @JsonProperty(required = true) List<Step> steps) {

    public Procedure {
        parameters = Lists.of(parameters);
        steps = Lists.of(steps);
    }
}
