package dev.warroom.connectors.aws;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.Reach;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * routing-control.set on route53-arc-control: UpdateRoutingControlState (param state: On or Off)
 * through the first cluster endpoint that answers. The data plane applies it at once; the probe reads
 * it back, and Route 53 health checks tied to the control follow within their own interval.
 */
final class ArcControlSet extends AwsAction {

    private final ArcCluster cluster;
    private final Sightings<Observation> seen;

    ArcControlSet(AwsClients clients, ArcCluster cluster, Sightings<Observation> seen) {
        super(clients, "routing-control.set");
        this.cluster = cluster;
        this.seen = seen;
    }

    @Override
    public Reach reach(ActionRequest request) {
        try {
            return ArcCluster.reach(cluster.endpoints(target(request)));
        } catch (ProbeException e) {
            return Reach.LIVE;
        }
    }

    @Override
    protected Draft draft(ActionRequest request) throws ProbeException {
        Resource control = target(request);
        String arn = AwsScope.required(control, "routingControlArn");
        String state = state(request);
        List<ArcCluster.Endpoint> endpoints = cluster.endpoints(control);
        ArcCluster.Endpoint first = endpoints.get(0);
        String call = "route53-recovery-cluster:UpdateRoutingControlState RoutingControlArn=" + arn + " RoutingControlState=" + state
                + " (through " + endpoints.stream().map(e -> e.uri().toString()).collect(Collectors.joining(", then ")) + ")\n"
                + "aws route53-recovery-cluster update-routing-control-state" + AwsCli.flag("--routing-control-arn", arn)
                + AwsCli.flag("--routing-control-state", state) + AwsCli.flag("--endpoint-url", first.uri().toString())
                + AwsCli.flag("--region", first.region().id()) + AwsCli.flag("--profile", AwsScope.optional(control, "profile"));
        List<String> changes = new ArrayList<>();
        Optional<Sightings.Seen<Observation>> last = seen.get(control.id());
        last.flatMap(s -> s.value().attribute("state")).ifPresent(now -> changes.add("the control reads " + now + " (seen at "
                + AwsWords.at(last.get().at()) + ")"));
        changes.add(state.equals("On")
                ? "health checks tied to the control pass, so failover records may send traffic to the cell it guards"
                : "health checks tied to the control fail, so failover records send traffic away from the cell it guards");
        changes.add("the cluster's safety rules may refuse the change (ConflictException), and then nothing changes");
        return new Draft("Set routing control " + request.targetName() + " " + state, call, changes);
    }

    @Override
    protected ActionResult perform(ActionRequest request, Deadline deadline) throws ProbeException {
        Resource control = target(request);
        String arn = AwsScope.required(control, "routingControlArn");
        String state = state(request);
        ArcCluster.Answer<?> answer = cluster.ask(control, AwsClients.Use.ACTION, client -> client.updateRoutingControlState(b -> b
                .routingControlArn(arn).routingControlState(state)
                .overrideConfiguration(o -> o.apiCallTimeout(deadline.capped(clients.settings().callTimeout())))));
        return ActionResult.ok("routing control " + request.targetName() + " set " + state + " through " + answer.endpoint().uri(),
                Map.of("state", state, "endpoint", answer.endpoint().uri().toString()));
    }

    private String state(ActionRequest request) throws ProbeException {
        String state = requiredParam(request, "state");
        if (state.equalsIgnoreCase("on")) {
            return "On";
        }
        if (state.equalsIgnoreCase("off")) {
            return "Off";
        }
        throw problem("routing-control.set: state must be On or Off, not '" + state + "'");
    }
}
