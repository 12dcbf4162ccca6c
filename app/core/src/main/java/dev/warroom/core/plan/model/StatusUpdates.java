package dev.warroom.core.plan.model;

import java.time.Duration;
import java.util.List;

/** The internal update cadence. */
public record StatusUpdates(Duration every, List<String> channels, List<String> recipients) {

    public StatusUpdates {
        channels = Lists.of(channels);
        recipients = Lists.of(recipients);
    }
}
