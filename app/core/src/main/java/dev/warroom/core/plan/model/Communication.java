package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** Where the incident is talked about, how often updates go out, and when outsiders are told. */
public record Communication(
        @JsonPropertyDescription("Where the incident is talked about (Slack, Teams, phone bridge ...); notify.chat steps post to them by id.")
        List<Channel> channels,
        @JsonPropertyDescription("The internal status-update cadence: how often, where, to whom.") StatusUpdates updates,
        @JsonPropertyDescription("Rules for telling people outside the team (customers, regulators): when, where, what.")
        List<ExternalNotice> external,
        @JsonPropertyDescription("The communication flow, as written.") List<String> flow) {

    public Communication {
        channels = Lists.of(channels);
        external = Lists.of(external);
        flow = Lists.of(flow);
    }
}
