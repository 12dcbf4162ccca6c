package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.List;

/** A rule for telling people outside the team. */
public record ExternalNotice(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        String titleEn,
        String trigger,
        Duration after,
        List<String> channels,
        String template,
        List<String> content) {

    public ExternalNotice {
        channels = Lists.of(channels);
        content = Lists.of(content);
    }
}
