package dev.warroom.core.incident;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.drill.DrillState;
import dev.warroom.core.drill.InjectSchedule;
import dev.warroom.core.drill.InjectState;
import dev.warroom.core.drill.InjectStatus;
import dev.warroom.core.drill.TriggerFact;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.Fault;
import dev.warroom.core.plan.model.TriggerEvent;
import dev.warroom.core.time.IncidentClock;
import dev.warroom.core.world.Injection;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Conducts a drill's events list: a scheduled inject fires when the drill's schedule reaches its
 * {@code at}; a triggered one comes due on the incident event its trigger names (plus {@code after}) and
 * fires once; a held one does not fire; when the incident ends, those still open are journalled as lapsed.
 *
 * <p>Threads: every check runs on the incident's writer, after each recorded event (so on a virtual clock,
 * whose time moves only with the events, a run is deterministic) and, on an interactive clock, on a ticker
 * of real time that sends a check to the writer when something has come due. A change to the world is
 * made through the {@link InjectDispatcher}: in TABLETOP at once (the simulated world is memory), in DRILL
 * on the drill's own worker (the injector may stop a real server), its outcome journalled through the writer.
 */
final class DrillConductor implements AutoCloseable {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final long TICK_MILLIS = 200;

    private final Incident incident;
    private final InjectDispatcher dispatcher;
    private final IncidentClock clock;
    private final Set<String> firing = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean checkQueued = new AtomicBoolean();
    private final ExecutorService worker;
    private final Optional<ScheduledExecutorService> ticker;
    private boolean checking;

    DrillConductor(Incident incident, InjectDispatcher dispatcher, IncidentClock clock) {
        this.incident = incident;
        this.dispatcher = dispatcher;
        this.clock = clock;
        String name = "warroom-" + incident.plan().id() + "-drill";
        this.worker = Executors.newSingleThreadExecutor(r -> daemon(r, name));
        this.ticker = Double.isInfinite(clock.speed()) ? Optional.empty()
                : Optional.of(Executors.newSingleThreadScheduledExecutor(r -> daemon(r, name + "-ticker")));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Starts the ticker of an interactive clock; a virtual clock needs none (its time moves with the events). */
    void start() {
        ticker.ifPresent(t -> t.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS));
    }

    /** Whether the schedule is in real time with pauses held out (DRILL) rather than the incident's own clock (TABLETOP). */
    boolean realTime() {
        return dispatcher.mode() != Mode.TABLETOP;
    }

    InjectDispatcher dispatcher() {
        return dispatcher;
    }

    /** Whether a change to the world is on its way for this inject (it must not be skipped or fired again meanwhile). */
    boolean firing(String injectId) {
        return firing.contains(injectId);
    }

    // ---- checks, on the writer -------------------------------------------------------------

    /** After each recorded event, on the writer: the trigger it may be, then whatever came due. */
    void afterRecorded(IncidentEvent event) throws IOException {
        if (checking) {
            return;
        }
        checking = true;
        try {
            IncidentState state = incident.state();
            Optional<DrillState> drill = state.drill();
            if (drill.isEmpty()) {
                return;
            }
            if (EventTypes.RESOLVED.equals(event.type()) || EventTypes.ABORTED.equals(event.type())) {
                lapse(drill.get());
                return;
            }
            if (state.status().isOver()) {
                return;
            }
            Optional<TriggerFact> fact = factOf(event);
            if (fact.isPresent()) {
                trigger(fact.get(), event.time());
            }
            fireDue();
        } finally {
            checking = false;
        }
    }

    /** Signals seen holding (any thread): a trigger waiting for one is journalled on the writer. */
    void signalsSeen(Map<String, SignalStatus> signals) throws IOException {
        Optional<DrillState> drill = incident.state().drill();
        if (drill.isEmpty() || incident.state().status().isOver()) {
            return;
        }
        boolean awaited = drill.get().injects().stream().anyMatch(i -> awaitsTrigger(i) && i.inject().on().event() == TriggerEvent.SIGNAL_HOLDING
                && Optional.ofNullable(signals.get(i.inject().on().signal())).map(SignalStatus::satisfied).orElse(false));
        if (!awaited) {
            return;
        }
        incident.onWriter(() -> {
            if (checking || incident.state().status().isOver()) {
                return;
            }
            checking = true;
            try {
                for (Map.Entry<String, SignalStatus> s : signals.entrySet()) {
                    if (s.getValue().satisfied()) {
                        trigger(TriggerFact.signalHolding(s.getKey()), clock.now());
                    }
                }
                fireDue();
            } finally {
                checking = false;
            }
        });
    }

    /** A check sent by the ticker, or by a command (e.g. after a pause ends). */
    void checkDue() throws IOException {
        if (checking || incident.state().status().isOver()) {
            return;
        }
        checking = true;
        try {
            fireDue();
        } finally {
            checking = false;
        }
    }

    /**
     * Journals an ad-hoc inject the facilitator added. One due at once is theirs to fire, in the same step, not the
     * schedule's: the schedule's check is kept off until it has fired, then runs for whatever else came due. While
     * the drill clock is paused it stays pending like any due inject, and the schedule fires it on resume.
     */
    void added(DrillInject inject, ObjectNode data, String actor) throws IOException {
        boolean wasChecking = checking;
        checking = true;
        try {
            incident.record(EventTypes.INJECT_ADDED, actor, data);
            boolean dueAtOnce = inject.at() == null && !inject.triggered();
            if (dueAtOnce && InjectSchedule.running(incident.state().drill().orElseThrow())) {
                fire(inject, "facilitator", actor);
            }
        } finally {
            checking = wasChecking;
        }
        checkDue();
    }

    private static boolean awaitsTrigger(InjectState i) {
        return i.inject().triggered() && i.status().isOpen() && i.dueAt().isEmpty();
    }

    private void trigger(TriggerFact fact, Instant when) throws IOException {
        for (InjectState i : incident.state().drill().orElseThrow().injects()) {
            if (awaitsTrigger(i) && fact.matches(i.inject().on())) {
                Duration after = i.inject().after() == null ? Duration.ZERO : i.inject().after();
                incident.record(EventTypes.INJECT_TRIGGERED, "warroom", JSON.objectNode().put("inject", i.id())
                        .put("dueAt", when.plus(after).toString()));
            }
        }
    }

    private void fireDue() throws IOException {
        DrillState drill = incident.state().drill().orElseThrow();
        if (!InjectSchedule.running(drill)) {
            return;
        }
        Instant now = clock.now();
        for (InjectState i : drill.injects()) {
            if (i.status() == InjectStatus.PENDING && !firing.contains(i.id()) && InjectSchedule.isDue(i, drill, now, realTime())) {
                fire(i.inject(), i.inject().triggered() ? "trigger" : "schedule", "warroom");
            }
        }
    }

    private void lapse(DrillState drill) throws IOException {
        ArrayNode lapsed = JSON.arrayNode();
        for (InjectState i : drill.injects()) {
            if (i.status().isOpen() && !firing.contains(i.id())) {
                boolean neverTriggered = i.inject().triggered() && i.dueAt().isEmpty();
                lapsed.addObject().put("inject", i.id())
                        .put("status", (neverTriggered ? InjectStatus.NOT_TRIGGERED : InjectStatus.NOT_REACHED).word());
            }
        }
        if (!lapsed.isEmpty()) {
            ObjectNode data = JSON.objectNode();
            data.set("injects", lapsed);
            incident.record(EventTypes.INJECTS_LAPSED, "warroom", data);
        }
    }

    private static Optional<TriggerFact> factOf(IncidentEvent e) {
        return switch (e.type()) {
            case EventTypes.ANSWERED -> Optional.of(TriggerFact.answered(e.text("node"), e.text("answer")));
            case EventTypes.STEP_PROPOSED -> Optional.of(TriggerFact.step(TriggerEvent.STEP_PROPOSED, e.text("procedure"), e.text("step")));
            case EventTypes.STEP_STARTED -> Optional.of(TriggerFact.step(TriggerEvent.STEP_STARTED, e.text("procedure"), e.text("step")));
            case EventTypes.STEP_SUCCEEDED -> Optional.of(TriggerFact.step(TriggerEvent.STEP_SUCCEEDED, e.text("procedure"), e.text("step")));
            case EventTypes.STEP_FAILED -> Optional.of(TriggerFact.step(TriggerEvent.STEP_FAILED, e.text("procedure"), e.text("step")));
            case EventTypes.CHECKLIST_TICKED -> Optional.of(TriggerFact.ticked(e.text("checklist"), e.text("item")));
            default -> Optional.empty();
        };
    }

    // ---- firing ----------------------------------------------------------------------------

    /**
     * Fires an inject, on the writer: its message at once; its change to the world through the dispatcher,
     * here in TABLETOP, on the drill's worker in DRILL (journalled when the world has answered).
     *
     * @param by "schedule", "trigger" or "facilitator"
     */
    void fire(DrillInject inject, String by, String actor) throws IOException {
        Optional<Fault> change = inject.worldChange();
        if (change.isEmpty()) {
            incident.record(EventTypes.INJECT_FIRED, actor, firedData(inject, by));
            return;
        }
        if (dispatcher.inMemory()) {
            incident.record(EventTypes.INJECT_FIRED, actor, withOutcome(firedData(inject, by), change.get(), bringAbout(change.get())));
            return;
        }
        firing.add(inject.id());
        try {
            worker.execute(() -> {
                Injection outcome = bringAbout(change.get());
                incident.writer().submit(() -> {
                    firing.remove(inject.id());
                    incident.record(EventTypes.INJECT_FIRED, actor, withOutcome(firedData(inject, by), change.get(), outcome));
                    return null;
                });
            });
        } catch (RejectedExecutionException e) {
            firing.remove(inject.id());
            throw new IncidentStateException("the drill is closing: inject '" + inject.id() + "' was not fired");
        }
    }

    private Injection bringAbout(Fault change) {
        try {
            return dispatcher.bringAbout(change);
        } catch (ReachRefusedException e) {
            return Injection.byHand(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Injection.byHand("interrupted before it was brought about; inject it by hand");
        }
    }

    private static ObjectNode firedData(DrillInject inject, String by) {
        ObjectNode data = JSON.objectNode().put("inject", inject.id()).put("by", by);
        putIfGiven(data, "message", inject.message());
        putIfGiven(data, "messageEn", inject.messageEn());
        putIfGiven(data, "expect", inject.expect());
        return data;
    }

    private static ObjectNode withOutcome(ObjectNode data, Fault change, Injection outcome) {
        data.set("fault", Incident.faultData(change));
        return data.put("worldChanged", outcome.done()).put("worldChange", outcome.words());
    }

    private static void putIfGiven(ObjectNode data, String field, String value) {
        if (value != null && !value.isBlank()) {
            data.put(field, value);
        }
    }

    // ---- the ticker ------------------------------------------------------------------------

    private void tick() {
        try {
            IncidentState state = incident.state();
            Optional<DrillState> drill = state.drill();
            if (drill.isEmpty() || state.status().isOver() || !InjectSchedule.running(drill.get())) {
                return;
            }
            Instant now = clock.now();
            boolean due = drill.get().injects().stream().anyMatch(i -> i.status() == InjectStatus.PENDING && !firing.contains(i.id())
                    && InjectSchedule.isDue(i, drill.get(), now, realTime()));
            if (due && checkQueued.compareAndSet(false, true)) {
                incident.writer().submit(() -> {
                    checkQueued.set(false);
                    checkDue();
                    return null;
                });
            }
        } catch (RuntimeException e) {
            // a ticker that threw would never tick again: say it where the console logs, and keep ticking
            System.err.println("warroom: the drill's inject check failed: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        ticker.ifPresent(ScheduledExecutorService::shutdownNow);
        worker.shutdownNow();
    }
}
