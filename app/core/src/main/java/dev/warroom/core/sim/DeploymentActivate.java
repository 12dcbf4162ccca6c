package dev.warroom.core.sim;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Site;
import dev.warroom.core.world.ActionRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** deployment.activate: the standby deployment goes live and takes the traffic 20–60 s after the start. */
final class DeploymentActivate extends SimAction {

    DeploymentActivate(SimContext ctx) {
        super(ctx, "deployment.activate");
    }

    @Override
    protected Outcome apply(ActionRequest request, Optional<SimResource> target, Instant t) {
        SimResource deployment = target.orElseThrow();
        Optional<Site> destination = destination(deployment, request, t);
        Duration took = pick(request, t, "activate", Duration.ofSeconds(20), Duration.ofSeconds(60));
        deployment.active.replaceFrom(t.plus(took), true);
        destination.ifPresent(site -> TrafficMoves.moveAt(ctx, site, t.plus(took)));
        return Outcome.ok(took, deployment.name() + " is active" + destination.map(s -> " and serves traffic from " + s.id()).orElse(""),
                Map.of("servingSite", destination.map(Site::id).orElse(ctx.reading().serving(t))));
    }

    private Optional<Site> destination(SimResource deployment, ActionRequest request, Instant t) {
        if (!ctx.state().isShared(deployment.site)) {
            return Optional.of(deployment.site);
        }
        return ctx.sites().destination(request.param("environment", "") + " " + deployment.name(), t);
    }

    @Override
    protected Draft draft(ActionRequest request) {
        Resource deployment = request.target().orElseThrow();
        String name = Calls.observed(deployment, "name", deployment.id());
        String call = deployment.kind().equals("aws-lambda")
                ? "aws lambda update-alias --function-name " + Calls.quoted(name) + " --name " + Calls.quoted(request.param("environment", "live"))
                        + " --function-version <latest published version>" + Calls.awsScope(deployment)
                : "vercel promote " + Calls.quoted(Calls.observed(deployment, "url", name)) + Calls.flag("--scope", deployment.observe().get("team"));
        Optional<Site> destination;
        synchronized (ctx.state()) {
            destination = destination(ctx.state().resource(deployment.id()).orElseThrow(), request, ctx.clock().now());
        }
        return new Draft("Activate deployment " + request.targetName(), call, TrafficMoves.changes(ctx, destination, "within about a minute"));
    }
}
