package dev.warroom.core.sim;

import dev.warroom.core.plan.model.Fault;
import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Site;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.time.IncidentClock;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.FaultInjector;
import dev.warroom.core.world.Injection;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The embedded default world: every site and resource of a plan, simulated, with no credentials and
 * no network. Its state is a function of incident time — actions and faults schedule "at T, X
 * becomes Y" and probes read the state at {@code clock.now()} — so a virtual clock makes it instant
 * and, for a given seed, reproducible. Every executor's reach is {@code SIMULATED}. Thread-safe.
 */
public final class SimulatedWorld implements World {

    private final IncidentClock clock;
    private final SimState state;
    private final WorldReading reading;
    private final SimProbe probe;
    private final Map<String, SimAction> executors = new LinkedHashMap<>();

    public SimulatedWorld(Plan plan, IncidentClock clock, long seed) {
        this.clock = clock;
        this.state = new SimState(plan, clock.now());
        SimRandom random = new SimRandom(seed);
        this.reading = new WorldReading(state, random);
        this.probe = new SimProbe(state, new Observations(state, reading), clock);
        SimContext ctx = new SimContext(state, reading, new ServingSites(state, reading), clock, random);
        List<Function<SimContext, SimAction>> all = List.of(DatabasePromote::new, CachePromote::new, StorageFailover::new, K8sScale::new,
                K8sApply::new, K8sUseContext::new, DnsUpdate::new, TrafficSwitch::new, RoutingControlSet::new, DeploymentActivate::new, HttpCall::new,
                HttpCheck::new, SqlCheck::new, NotifyChat::new, ShellRun::new, WaitAction::new);
        for (Function<SimContext, SimAction> make : all) {
            SimAction action = make.apply(ctx);
            executors.put(action.kind.name(), action);
        }
    }

    @Override
    public String name() {
        return "simulated";
    }

    @Override
    public Optional<Probe> probeFor(String resourceKind) {
        return KindFamily.of(resourceKind).map(family -> probe);
    }

    @Override
    public Optional<ActionExecutor> executorFor(String actionKind) {
        return Optional.ofNullable(executors.get(actionKind));
    }

    public IncidentClock clock() {
        return clock;
    }

    /**
     * Schedules a fault from {@code incidentStart + at} for {@code lasting} (for ever if absent).
     *
     * @throws IllegalArgumentException if the target is neither a site nor a resource of the plan, or the value is not a lag
     */
    public void inject(Fault fault, Instant incidentStart) {
        if (fault.fault() == null || fault.target() == null) {
            throw new IllegalArgumentException("a fault needs a kind and a target");
        }
        synchronized (state) {
            if (state.site(fault.target()).isEmpty() && state.resource(fault.target()).isEmpty()) {
                throw new IllegalArgumentException("fault target '" + fault.target() + "' is neither a site nor a resource of this plan");
            }
            Optional<String> value = Optional.ofNullable(fault.value()).filter(v -> !v.isBlank()).map(String::strip);
            if (fault.fault() == FaultKind.REPLICA_LAG_SPIKE && value.isPresent()
                    && Details.durationText(value.get()).isEmpty()) {
                throw new IllegalArgumentException("replica-lag-spike value: " + DurationText.explain(value.get()));
            }
            Instant from = incidentStart.plus(fault.at() == null ? Duration.ZERO : fault.at());
            Optional<Instant> until = Optional.ofNullable(fault.lasting()).map(from::plus);
            state.addFault(new ScheduledFault(fault.fault(), fault.target(), from, until, value));
        }
    }

    /** Everything here changes on a schedule: the next fault edge, timeline change or promotion step; nothing else moves. */
    @Override
    public Optional<Instant> nextScheduledChange(Instant time) {
        synchronized (state) {
            return Optional.of(state.nextChangeAfter(time).orElse(Instant.MAX));
        }
    }

    /** Brings a fault about from now, for a drill run on the simulated world. */
    @Override
    public Optional<FaultInjector> faultInjector() {
        return Optional.of((fault, plan) -> {
            inject(new Fault(Duration.ZERO, fault.fault(), fault.target(), fault.lasting(), fault.value(), fault.note()), clock.now());
            // the event that records it carries its time; the words say only where it happened
            return Injection.done("in the simulated world");
        });
    }

    /**
     * Re-applies an action that started at {@code startedAt}, without waiting: used to rebuild the
     * world from the journal when an incident resumes after a crash.
     */
    public ActionResult replay(ActionRequest request, Instant startedAt) {
        SimAction action = executors.get(request.kind());
        if (action == null) {
            return ActionResult.failed("the simulated world has no action '" + request.kind() + "'");
        }
        return action.replay(request, startedAt);
    }

    /** The site serving the public traffic now. */
    public String servingSite() {
        synchronized (state) {
            return reading.serving(clock.now());
        }
    }

    /** The plan's primary site, where traffic starts. */
    public Site primarySite() {
        return state.primarySite;
    }
}
