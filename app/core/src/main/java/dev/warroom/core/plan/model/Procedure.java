package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;
import java.util.List;

/** An ordered list of steps, e.g. the regional failover script. */
public record Procedure(
        @JsonProperty(required = true) @JsonPropertyDescription("Procedure id: lowercase kebab-case ASCII (promote-db); procedure nodes name it.")
        String id,
        @JsonProperty(required = true) @JsonPropertyDescription("Name as written.") String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String titleEn,
        @JsonPropertyDescription("What the procedure does, as written.") String description,
        @JsonPropertyDescription("The script or section of the document this procedure comes from.") String source,
        @JsonPropertyDescription("The time the document allows for the whole procedure.") Duration expectedDuration,
        @JsonPropertyDescription("Values taken at run time (asked, or read from a live reading) and used in steps as {{id}}.")
        List<ProcedureParameter> parameters,
        @JsonProperty(required = true) @JsonPropertyDescription("The steps, in order. At least one.") List<Step> steps,
        @JsonPropertyDescription("true when the plan author added this procedure beyond the source document; shown as derived in every language.") Boolean derived) {

    public Procedure {
        parameters = Lists.of(parameters);
        steps = Lists.of(steps);
    }

    /** Whether the plan author added this beyond the source document. */
    public boolean isDerived() {
        return Boolean.TRUE.equals(derived);
    }
}
