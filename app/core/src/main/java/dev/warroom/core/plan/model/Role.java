package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A role in the DR response team. */
public record Role(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        String titleEn,
        String holder,
        String contact,
        List<String> responsibilities) {

    public Role {
        responsibilities = Lists.of(responsibilities);
    }
}
