package dev.warroom.connectors.world;

import dev.warroom.connectors.ActionKey;
import dev.warroom.connectors.Connector;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.ConnectCheck;
import dev.warroom.core.world.FaultInjector;
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.Reach;
import dev.warroom.core.world.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The real world: probes and executors from every connector, looked up by the plan's kinds. An
 * action kind is routed by the kind of resource it targets (database.promote on an Azure flexible
 * server and on a self-managed PostgreSQL are different executors). Thread-safe once built.
 */
public final class ConnectorWorld implements World, AutoCloseable {

    private final List<Connector> connectors;
    private final Map<String, Probe> probes = new LinkedHashMap<>();
    private final Map<ActionKey, ActionExecutor> executors = new LinkedHashMap<>();
    private final Map<String, Connector> probeOwners = new LinkedHashMap<>();
    private final Map<ActionKey, Connector> executorOwners = new LinkedHashMap<>();

    private final Optional<FaultInjector> faultInjector;

    public ConnectorWorld(List<Connector> connectors) {
        this(connectors, Optional.empty());
    }

    public ConnectorWorld(List<Connector> connectors, Optional<FaultInjector> faultInjector) {
        this.connectors = List.copyOf(connectors);
        this.faultInjector = faultInjector;
        for (Connector c : this.connectors) {
            c.probes().forEach((kind, probe) -> {
                if (probes.putIfAbsent(kind, probe) == null) {
                    probeOwners.put(kind, c);
                }
            });
            c.executors().forEach((key, executor) -> {
                if (executors.putIfAbsent(key, executor) == null) {
                    executorOwners.put(key, c);
                }
            });
        }
    }

    @Override
    public String name() {
        return connectors.stream().map(Connector::name).collect(Collectors.joining("+"));
    }

    /** Who each connector acts as, for the status bar. */
    public Map<String, String> identities() {
        Map<String, String> out = new LinkedHashMap<>();
        connectors.forEach(c -> out.put(c.name(), c.identity()));
        return out;
    }

    @Override
    public Optional<FaultInjector> faultInjector() {
        return faultInjector;
    }

    @Override
    public Optional<Probe> probeFor(String resourceKind) {
        return Optional.ofNullable(probes.get(resourceKind)).map(probe -> new ConnectorProbe(probe, probeOwners.get(resourceKind)));
    }

    @Override
    public Optional<ActionExecutor> executorFor(String actionKind) {
        boolean any = executors.keySet().stream().anyMatch(k -> k.actionKind().equals(actionKind));
        return any ? Optional.of(new Router(actionKind)) : Optional.empty();
    }

    /** Picks the executor for the request's target kind, or says plainly that none exists. */
    private final class Router implements ActionExecutor {
        private final String actionKind;

        Router(String actionKind) {
            this.actionKind = actionKind;
        }

        private Optional<ActionExecutor> pick(ActionRequest request) {
            return pickKey(request).map(executors::get);
        }

        private Optional<ActionKey> pickKey(ActionRequest request) {
            String kind = request.target().map(r -> r.kind()).orElse(ActionKey.ANY_TARGET);
            ActionKey exact = ActionKey.of(actionKind, kind);
            if (executors.containsKey(exact)) {
                return Optional.of(exact);
            }
            ActionKey untargeted = ActionKey.untargeted(actionKind);
            return executors.containsKey(untargeted) ? Optional.of(untargeted) : Optional.empty();
        }

        private String missing(ActionRequest request) {
            List<String> kinds = new ArrayList<>();
            executors.keySet().stream().filter(k -> k.actionKind().equals(actionKind)).forEach(k -> kinds.add(k.resourceKind()));
            return "no connector performs " + actionKind + " on a " + request.target().map(r -> r.kind()).orElse("(no target)")
                    + " (it can on: " + String.join(", ", kinds) + ")";
        }

        @Override
        public Reach reach(ActionRequest request) {
            return pick(request).map(e -> e.reach(request)).orElse(Reach.LIVE);
        }

        /** An action on a resource touches what its connector says that resource is; one without says for itself. */
        @Override
        public Footprint footprint(ActionRequest request) {
            Optional<ActionKey> key = pickKey(request);
            if (key.isEmpty()) {
                return Footprint.unknown(missing(request));
            }
            if (request.target().isPresent()) {
                return executorOwners.get(key.get()).footprint(key.get(), request.target().get());
            }
            return executors.get(key.get()).footprint(request);
        }

        @Override
        public ActionPreview preview(ActionRequest request) {
            return pick(request).map(e -> e.preview(request))
                    .orElseGet(() -> new ActionPreview(missing(request), "(none)", List.of(), Reach.LIVE));
        }

        @Override
        public ActionResult execute(ActionRequest request) throws InterruptedException {
            return execute(request, ConnectCheck.ANY);
        }

        @Override
        public ActionResult execute(ActionRequest request, ConnectCheck check) throws InterruptedException {
            Optional<ActionExecutor> executor = pick(request);
            return executor.isPresent() ? executor.get().execute(request, check) : ActionResult.failed(missing(request));
        }
    }

    @Override
    public void close() {
        connectors.forEach(Connector::close);
    }
}
