package dev.warroom.core.sim;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** k8s.scale: the desired count changes at once; new pods come ready one by one, every 5–15 s. */
final class K8sScale extends SimAction {

    private static final int MOST_REPLICAS = 10_000;

    K8sScale(SimContext ctx) {
        super(ctx, "k8s.scale");
    }

    @Override
    protected Optional<String> paramProblem(ActionRequest request) {
        String replicas = request.params().get("replicas").strip();
        if (!replicas.matches("[0-9]{1,5}") || Integer.parseInt(replicas) > MOST_REPLICAS) {
            return Optional.of("replicas must be a whole number from 0 to " + MOST_REPLICAS + ", not '" + replicas + "'");
        }
        return Optional.empty();
    }

    @Override
    protected Outcome apply(ActionRequest request, Optional<SimResource> target, Instant t) {
        SimResource r = target.orElseThrow();
        int wanted = replicas(request);
        int before = r.desired.at(t);
        int readyNow = Math.min(r.ready.at(t), before);
        r.desired.replaceFrom(t, wanted);
        if (wanted <= readyNow) {
            r.ready.replaceFrom(t, wanted);
        } else {
            r.ready.replaceFrom(t, readyNow);
            Instant podReady = t;
            for (int pod = readyNow + 1; pod <= wanted; pod++) {
                podReady = podReady.plus(pick(request, t, "pod" + pod, Duration.ofSeconds(5), Duration.ofSeconds(15)));
                r.ready.add(podReady, pod);
            }
        }
        String detail = "scaled " + r.name() + " from " + before + " to " + wanted + " replicas"
                + (wanted > readyNow ? "; new pods come ready one by one" : "");
        return Outcome.ok(pick(request, t, "accept", Duration.ofSeconds(1), Duration.ofSeconds(2)), detail,
                Map.of("desired", Integer.toString(wanted), "previous", Integer.toString(before)));
    }

    @Override
    protected Draft draft(ActionRequest request) {
        Resource d = request.target().orElseThrow();
        int wanted = replicas(request);
        String call = "kubectl scale deployment " + Calls.quoted(Calls.observed(d, "name", d.id())) + " --replicas=" + wanted + Calls.kubeScope(d);
        List<String> changes = new ArrayList<>();
        synchronized (ctx.state()) {
            ctx.state().resource(d.id()).ifPresent(r -> {
                Instant now = ctx.clock().now();
                changes.add("desired replicas of " + d.id() + ": " + r.desired.at(now) + " → " + wanted
                        + " (ready now: " + ctx.reading().ready(r, now) + ")");
                r.maxReplicas.filter(max -> wanted > max).ifPresent(max ->
                        changes.add("above the plan's maxReplicas of " + max + ": an autoscaler may scale it back"));
            });
        }
        return new Draft("Scale deployment " + request.targetName() + " to " + wanted + " replicas", call, changes);
    }

    private static int replicas(ActionRequest request) {
        return Integer.parseInt(request.params().get("replicas").strip());
    }
}
