package dev.warroom.connectors.kubernetes;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.Reach;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * k8s.scale: sets a deployment's replica count through its scale subresource, then waits, watching
 * the namespace's informer, until at least that many replicas are ready or the step's timeout passes.
 */
final class ScaleExecutor implements ActionExecutor {

    private static final int MOST_REPLICAS = 10_000;

    private final Targets targets;
    private final KubeClients clients;
    private final Watches watches;
    private final KubeTimeouts timeouts;
    private final Clock clock;

    ScaleExecutor(Targets targets, KubeClients clients, Watches watches, KubeTimeouts timeouts, Clock clock) {
        this.targets = targets;
        this.clients = clients;
        this.watches = watches;
        this.timeouts = timeouts;
        this.clock = clock;
    }

    @Override
    public Reach reach(ActionRequest request) {
        return KubeReach.of(targets, request);
    }

    @Override
    public ActionPreview preview(ActionRequest request) {
        Resource d = Targets.of(request);
        String name = d.observe().getOrDefault("name", d.id());
        Optional<Integer> wanted = replicas(request);
        String count = wanted.map(String::valueOf).orElse(request.param("replicas", "?"));
        List<String> changes = new ArrayList<>();
        String namespace = d.observe().getOrDefault("namespace", "default");
        String context = d.observe().getOrDefault("context", "");
        String api = "";
        try {
            KubeContext ctx = targets.context(d);
            namespace = Targets.namespace(d, ctx);
            context = ctx.name();
            api = "\nPUT " + ctx.server().replaceAll("/+$", "") + "/apis/apps/v1/namespaces/" + namespace + "/deployments/" + name
                    + "/scale (spec.replicas: " + count + ")";
            Optional<Deployment> cached = watches.ifListed(WatchScope.namespace(ctx, namespace)).flatMap(w -> w.deployment(name));
            if (cached.isPresent()) {
                Replicas now = Replicas.of(cached.get());
                changes.add("from " + now.desired() + " to " + count + " replicas (" + now.ready() + " ready now)");
            } else {
                changes.add("to " + count + " replicas (the current count is read when the step runs)");
            }
        } catch (ProbeException e) {
            changes.add("cannot reach the deployment yet: " + e.getMessage());
        }
        if (wanted.isEmpty()) {
            changes.add(replicaProblem(request));
        } else {
            changes.add("then waits until " + count + " replicas are ready, at most " + DurationText.format(request.timeout()));
        }
        String call = Kubectl.command(context, namespace, "scale", "deployment/" + name, "--replicas=" + count) + api;
        return new ActionPreview("Scale deployment " + name + " to " + count + " replicas", call, changes, reach(request));
    }

    @Override
    public ActionResult execute(ActionRequest request) throws InterruptedException {
        Instant deadline = clock.instant().plus(request.timeout());
        Optional<Integer> parsed = replicas(request);
        if (parsed.isEmpty()) {
            return ActionResult.failed(replicaProblem(request));
        }
        int wanted = parsed.get();
        Resource d = Targets.of(request);
        KubeContext context;
        String namespace;
        String name;
        ScopeWatch watch;
        try {
            context = targets.context(d);
            namespace = Targets.namespace(d, context);
            name = Targets.name(d);
            watch = watches.listed(WatchScope.namespace(context, namespace), shorter(timeouts.request(), request.timeout()));
        } catch (ProbeException e) {
            return ActionResult.failed("cannot scale " + d.id() + ": " + e.getMessage());
        }
        String what = "deployment " + namespace + "/" + name + " in context " + context.name();
        Optional<Deployment> before = watch.deployment(name);
        if (before.isEmpty()) {
            return ActionResult.failed("no " + what);
        }
        int previous = Replicas.of(before.get()).desired();
        try {
            clients.of(context).apps().deployments().inNamespace(namespace).withName(name).scale(wanted);
        } catch (KubernetesClientException e) {
            return ActionResult.failed("could not scale " + what + ": " + KubeFailures.words(context, e));
        }
        boolean ready = watch.changes().awaitUntil(() -> readyAt(watch, name, wanted), deadline);
        Replicas seen = watch.deployment(name).map(Replicas::of).orElse(new Replicas(0, wanted));
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("context", context.name());
        outputs.put("namespace", namespace);
        outputs.put("deployment", name);
        outputs.put("previous", Integer.toString(previous));
        outputs.put("desired", Integer.toString(wanted));
        outputs.put("replicas", seen.words());
        String scaled = "scaled " + what + " from " + previous + " to " + wanted + " replicas";
        if (ready) {
            return ActionResult.ok(scaled + "; " + seen.ready() + " ready", outputs);
        }
        String pods = watch.deployment(name).map(dep -> PodStates.of(dep, watch, context)).orElse("deployment gone");
        String watching = watch.currentFailure().map(f -> "; watch down: " + KubeFailures.words(context, f)).orElse("");
        return new ActionResult(false, scaled + ", but only " + seen.words() + " ready after " + DurationText.format(request.timeout())
                + " (pods: " + pods + ")" + watching, outputs);
    }

    private static boolean readyAt(ScopeWatch watch, String name, int wanted) {
        return watch.deployment(name).map(Replicas::of).map(r -> r.ready() >= wanted).orElse(false);
    }

    private static Optional<Integer> replicas(ActionRequest request) {
        String text = request.param("replicas", "").strip();
        if (!text.matches("[0-9]{1,5}") || Integer.parseInt(text) > MOST_REPLICAS) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }

    private static String replicaProblem(ActionRequest request) {
        return "replicas must be a whole number from 0 to " + MOST_REPLICAS + ", not '" + request.param("replicas", "") + "'";
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
