package dev.warroom.connectors.web;

import dev.warroom.core.plan.model.Channel;
import dev.warroom.core.plan.model.ChannelType;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Plan pieces the web family's tests act on. */
public final class TestResources {

    private TestResources() {
    }

    public static Resource resource(String id, String kind, Map<String, String> observe) {
        return new Resource(id, kind, id, null, null, null, observe, Map.of());
    }

    public static Channel channel(String id, ChannelType type, String webhookEnv) {
        return new Channel(id, type, id, null, "#" + id, webhookEnv, null);
    }

    public static ActionRequest on(String kind, Resource target, Map<String, String> params, Duration timeout) {
        return new ActionRequest(kind, Optional.of(target), Optional.empty(), params, timeout);
    }

    public static ActionRequest untargeted(String kind, Map<String, String> params, Duration timeout) {
        return new ActionRequest(kind, Optional.empty(), Optional.empty(), params, timeout);
    }

    public static ActionRequest toChannel(Channel channel, String message, Duration timeout) {
        return new ActionRequest("notify.chat", Optional.empty(), Optional.of(channel), Map.of("message", message), timeout);
    }
}
