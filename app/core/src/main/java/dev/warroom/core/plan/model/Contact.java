package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** Someone to call: a vendor, an emergency line, a team. */
public record Contact(
        @JsonProperty(required = true) @JsonPropertyDescription("Contact id: lowercase kebab-case ASCII (azure-support).") String id,
        @JsonProperty(required = true) @JsonPropertyDescription("Name as written.") String name,
        @JsonPropertyDescription("What sort of contact, free text: vendor, internal, emergency ... (not a resource kind).") String kind,
        @JsonPropertyDescription("What they provide, as written.") String service,
        @JsonPropertyDescription("Support plan, as written, e.g. Professional Direct.") String supportLevel,
        @JsonPropertyDescription("How to reach them, free text (phone numbers, portals), not channel ids.") List<String> channels,
        @JsonPropertyDescription("Response commitment, as written, e.g. 1 hour for severity A.") String sla) {

    public Contact {
        channels = Lists.of(channels);
    }
}
