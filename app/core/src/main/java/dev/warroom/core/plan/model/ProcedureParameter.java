package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * A value a procedure takes at run time and its steps use as {@code {{id}}} in an action's target and
 * params, a command, a prompt or a verification's value. An {@code ask} parameter is asked once when
 * its procedure starts (a restore point, a snapshot id); a {@code reading} parameter is read from the
 * latest observation of {@code resource} (its {@code attribute}) when a step using it is previewed.
 * Either way the value is frozen when the first step using it is confirmed, and journalled.
 */
public record ProcedureParameter(
        @JsonProperty(required = true) @JsonPropertyDescription("Identifier, used in steps as {{id}}.") String id,
        @JsonProperty(required = true) @JsonPropertyDescription("What the value is, as the commander is asked for it.") String title,
        @JsonPropertyDescription("The title in English.") String titleEn,
        @JsonPropertyDescription("Where the value comes from, what it looks like, or how to find it.") String description,
        @JsonPropertyDescription("ask (default): asked when the procedure starts; reading: read from a resource's live reading.")
        ParameterSource from,
        @JsonPropertyDescription("For a reading parameter: the resource whose latest observation gives the value.") String resource,
        @JsonPropertyDescription("For a reading parameter: the observation attribute that holds the value, e.g. target, address.")
        String attribute,
        @JsonProperty("default") @JsonPropertyDescription("The value taken by --auto, and offered first to a person.") String defaultValue,
        @JsonPropertyDescription("An example value, shown as a hint when asking.") String example,
        @JsonPropertyDescription("A regular expression the whole value must match, e.g. ^snap-[0-9a-f]+$.") String pattern) {

    public ProcedureParameter {
        from = from == null ? ParameterSource.ASK : from;
    }
}
