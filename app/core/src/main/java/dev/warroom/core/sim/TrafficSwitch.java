package dev.warroom.core.sim;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Site;
import dev.warroom.core.world.ActionRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** traffic.switch: the edge (Front Door, Traffic Manager, CDN) sends users to the new origin after 20–60 s. */
final class TrafficSwitch extends SimAction {

    TrafficSwitch(SimContext ctx) {
        super(ctx, "traffic.switch");
    }

    @Override
    protected Outcome apply(ActionRequest request, Optional<SimResource> target, Instant t) {
        String to = request.params().get("to");
        Optional<Site> destination = ctx.sites().destination(to, t);
        if (destination.isEmpty()) {
            return Outcome.failed(Duration.ofSeconds(3), "no live site matches '" + to + "' and no other site is up to take the traffic");
        }
        Duration took = pick(request, t, "switch", Duration.ofSeconds(20), Duration.ofSeconds(60));
        TrafficMoves.moveAt(ctx, destination.get(), t.plus(took));
        return Outcome.ok(took, target.orElseThrow().name() + " now sends traffic to " + to + " (" + destination.get().id() + ")",
                Map.of("servingSite", destination.get().id()));
    }

    @Override
    protected Draft draft(ActionRequest request) {
        Resource edge = request.target().orElseThrow();
        String to = request.params().get("to");
        String from = request.params().get("from");
        String name = Calls.observed(edge, "name", edge.id());
        String call = switch (edge.kind()) {
            case "front-door" -> "az afd origin update" + Calls.azureScope(edge) + Calls.flag("--profile-name", name)
                    + Calls.flag("--origin-group-name", Calls.observed(edge, "originGroup", "default-origin-group"))
                    + Calls.flag("--origin-name", to) + " --enabled-state Enabled --priority 1"
                    + (from == null ? "" : " && az afd origin update" + Calls.azureScope(edge) + Calls.flag("--profile-name", name)
                            + Calls.flag("--origin-group-name", Calls.observed(edge, "originGroup", "default-origin-group"))
                            + Calls.flag("--origin-name", from) + " --enabled-state Disabled");
            case "traffic-manager" -> "az network traffic-manager endpoint update" + Calls.azureScope(edge) + Calls.flag("--profile-name", name)
                    + " --type azureEndpoints" + Calls.flag("--name", to) + " --endpoint-status Enabled --priority 1"
                    + (from == null ? "" : " && az network traffic-manager endpoint update" + Calls.azureScope(edge)
                            + Calls.flag("--profile-name", name) + " --type azureEndpoints" + Calls.flag("--name", from) + " --endpoint-status Disabled");
            default -> "cloudflare".equalsIgnoreCase(edge.observe().get("provider"))
                    ? "PATCH https://api.cloudflare.com/client/v4/zones/" + Calls.observed(edge, "zone", "<zone>") + "/load_balancers/" + name
                            + " {\"default_pools\":[\"" + to + "\"]}"
                    : "set the origin of " + name + " to " + to + " (" + Calls.observed(edge, "provider", "CDN") + " API)";
        };
        return new Draft("Send traffic on " + request.targetName() + " to " + to, call,
                TrafficMoves.changes(ctx, TrafficMoves.destination(ctx, to), "within about a minute"));
    }
}
