package dev.warroom.core.sim;

import dev.warroom.core.plan.model.Channel;
import dev.warroom.core.world.ActionRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** notify.chat: delivery is simulated; no message leaves the machine. */
final class NotifyChat extends SimAction {

    NotifyChat(SimContext ctx) {
        super(ctx, "notify.chat");
    }

    @Override
    protected boolean callsProviderApi() {
        return false;
    }

    @Override
    protected Outcome apply(ActionRequest request, Optional<SimResource> target, Instant t) {
        String where = where(request.channel().orElseThrow());
        return Outcome.ok(pick(request, t, "post", Duration.ofMillis(300), Duration.ofSeconds(2)),
                "delivered to " + where + " (simulated: no message left this machine)", Map.of("delivered", where));
    }

    @Override
    protected Draft draft(ActionRequest request) {
        Channel channel = request.channel().orElseThrow();
        String message = request.params().get("message");
        String call = channel.webhookEnv() != null
                ? "POST $" + channel.webhookEnv() + " " + Calls.quoted("{\"text\":\"" + message.replace("\"", "\\\"") + "\"}")
                : "post to " + where(channel) + ": " + message;
        return new Draft("Post to " + where(channel), call, List.of("message to " + where(channel) + ": " + message));
    }

    private static String where(Channel channel) {
        return channel.address() != null && !channel.address().isBlank() ? channel.address() : channel.id();
    }
}
