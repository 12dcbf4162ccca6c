package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Someone to call: a vendor, an emergency line, a team. */
public record Contact(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String name,
        String kind,
        String service,
        String supportLevel,
        List<String> channels,
        String sla) {

    public Contact {
        channels = Lists.of(channels);
    }
}
