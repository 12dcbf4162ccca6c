package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A level of graceful degradation the service can be put into. */
public record DegradationLevel(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        String titleEn,
        List<String> features,
        List<String> disabled,
        String cache,
        Boolean staticOnly,
        String message) {

    public DegradationLevel {
        features = Lists.of(features);
        disabled = Lists.of(disabled);
    }
}
