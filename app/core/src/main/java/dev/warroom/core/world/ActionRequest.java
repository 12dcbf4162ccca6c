package dev.warroom.core.world;

import dev.warroom.core.plan.model.Channel;
import dev.warroom.core.plan.model.Resource;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * One action to preview or perform: its kind, its target (a resource, or a channel for notify.chat),
 * its parameters, how long it may take and, once the engine has started it, where in the incident it
 * comes from ({@link RequestOrigin}: its idempotency key and the journal's head).
 */
public record ActionRequest(
        String kind,
        Optional<Resource> target,
        Optional<Channel> channel,
        Map<String, String> params,
        Duration timeout,
        Optional<RequestOrigin> origin) {

    public ActionRequest(String kind, Optional<Resource> target, Optional<Channel> channel, Map<String, String> params,
            Duration timeout) {
        this(kind, target, channel, params, timeout, Optional.empty());
    }

    public ActionRequest {
        params = Map.copyOf(params);
        origin = origin == null ? Optional.empty() : origin;
    }

    /** The same request, started at {@code at} in the incident. */
    public ActionRequest from(RequestOrigin at) {
        return new ActionRequest(kind, target, channel, params, timeout, Optional.of(at));
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
