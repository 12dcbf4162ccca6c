package dev.warroom.core.plan.model;

import java.util.List;

/** Where the incident is talked about, how often updates go out, and when outsiders are told. */
public record Communication(
        List<Channel> channels,
        StatusUpdates updates,
        List<ExternalNotice> external,
        List<String> flow) {

    public Communication {
        channels = Lists.of(channels);
        external = Lists.of(external);
        flow = Lists.of(flow);
    }
}
