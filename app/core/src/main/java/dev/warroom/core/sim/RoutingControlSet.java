package dev.warroom.core.sim;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Site;
import dev.warroom.core.world.ActionRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * routing-control.set: turning a control On sends traffic to the site it guards; Off sends it away
 * from that site if it was serving. Takes effect 20–60 s after the start.
 */
final class RoutingControlSet extends SimAction {

    RoutingControlSet(SimContext ctx) {
        super(ctx, "routing-control.set");
    }

    @Override
    protected Optional<String> paramProblem(ActionRequest request) {
        String state = request.params().get("state").strip().toLowerCase(Locale.ROOT);
        return state.equals("on") || state.equals("off") ? Optional.empty()
                : Optional.of("state must be On or Off, not '" + request.params().get("state") + "'");
    }

    @Override
    protected Outcome apply(ActionRequest request, Optional<SimResource> target, Instant t) {
        SimResource control = target.orElseThrow();
        boolean on = isOn(request);
        Duration took = pick(request, t, "switch", Duration.ofSeconds(20), Duration.ofSeconds(60));
        control.active.replaceFrom(t.plus(took), on);
        Optional<Site> destination = destination(control, on, t);
        destination.ifPresent(site -> TrafficMoves.moveAt(ctx, site, t.plus(took)));
        return Outcome.ok(took, "routing control " + control.name() + " is " + (on ? "On" : "Off")
                + destination.map(s -> "; traffic goes to " + s.id()).orElse(""),
                Map.of("state", on ? "On" : "Off", "servingSite", destination.map(Site::id).orElse(ctx.reading().serving(t))));
    }

    private Optional<Site> destination(SimResource control, boolean on, Instant t) {
        Optional<Site> guarded = guardedSite(control);
        String serving = ctx.reading().serving(t);
        if (on) {
            return guarded.or(() -> ctx.sites().fallback(t, serving));
        }
        boolean guardsServing = guarded.map(s -> s.id().equals(serving)).orElse(true);
        return guardsServing ? ctx.sites().fallback(t, serving) : Optional.empty();
    }

    private Optional<Site> guardedSite(SimResource control) {
        if (!ctx.state().isShared(control.site)) {
            return Optional.of(control.site);
        }
        return ctx.sites().named(control.id() + " " + control.resource.title() + " " + control.name());
    }

    @Override
    protected Draft draft(ActionRequest request) {
        Resource control = request.target().orElseThrow();
        boolean on = isOn(request);
        String endpoint = Optional.ofNullable(control.observe().get("clusterEndpoints")).map(e -> e.split("[,\\s]+")[0]).orElse(null);
        String call = "aws route53-recovery-cluster update-routing-control-state"
                + Calls.flag("--routing-control-arn", Calls.observed(control, "routingControlArn", control.id()))
                + " --routing-control-state " + (on ? "On" : "Off") + Calls.flag("--endpoint-url", endpoint) + Calls.awsScope(control);
        Optional<Site> destination;
        synchronized (ctx.state()) {
            destination = destination(ctx.state().resource(control.id()).orElseThrow(), on, ctx.clock().now());
        }
        return new Draft("Set routing control " + request.targetName() + " " + (on ? "On" : "Off"), call,
                destination.isPresent() ? TrafficMoves.changes(ctx, destination, "within about a minute")
                        : List.of("the control turns Off; traffic stays where it is"));
    }

    private static boolean isOn(ActionRequest request) {
        return request.params().get("state").strip().equalsIgnoreCase("on");
    }
}
