package dev.warroom.core.world;

import dev.warroom.core.plan.model.Channel;
import dev.warroom.core.plan.model.Resource;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * One action to preview or perform: its kind, its target (a resource, or a channel for notify.chat),
 * its parameters and how long it may take.
 */
public record ActionRequest(
        String kind,
        Optional<Resource> target,
        Optional<Channel> channel,
        Map<String, String> params,
        Duration timeout) {

    public ActionRequest {
        params = Map.copyOf(params);
    }

    public String param(String name, String fallback) {
        return params.getOrDefault(name, fallback);
    }

    /** The name a commander types to confirm a destructive step: the target's observed name, else its id. */
    public String targetName() {
        return target.map(r -> r.observe().getOrDefault("name",
                r.observe().getOrDefault("instance", r.observe().getOrDefault("replicationGroup", r.id()))))
                .or(() -> channel.map(Channel::id))
                .orElse(kind);
    }
}
