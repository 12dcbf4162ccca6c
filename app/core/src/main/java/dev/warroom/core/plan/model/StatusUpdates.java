package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;
import java.util.List;

/** The internal update cadence. */
public record StatusUpdates(
        @JsonPropertyDescription("Update interval, a duration, e.g. 30m.") Duration every,
        @JsonPropertyDescription("Where updates go (channel ids).") List<String> channels,
        @JsonPropertyDescription("Who receives them, free text, e.g. engineering, management.") List<String> recipients) {

    public StatusUpdates {
        channels = Lists.of(channels);
        recipients = Lists.of(recipients);
    }
}
