package dev.warroom.console.facilitator;

import dev.warroom.console.room.model.RoomProblem;
import dev.warroom.console.tasks.Background;
import dev.warroom.core.drill.CriterionMeasure;
import dev.warroom.core.drill.DrillState;
import dev.warroom.core.drill.HotWash;
import dev.warroom.core.drill.ObservationKind;
import dev.warroom.core.drill.Verdict;
import dev.warroom.core.incident.IncidentSnapshot;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.IncidentStateException;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.incident.SnapshotFeed;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.service.IncidentCommands;
import dev.warroom.service.IncidentHandle;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The facilitator's view model: the drill as the journal holds it (a snapshot subscription, like the
 * room's), what the journal measures of each criterion, and the facilitator's commands. Every command
 * goes to the incident's writer through {@link IncidentCommands} and comes back as a future whose
 * outcome (or refusal, in words) reaches the FX thread through {@link Background#fx()}; the FX thread
 * never waits on the engine. {@link #close()} lets go of the subscription.
 */
public final class FacilitatorViewModel {

    private final IncidentHandle handle;
    private final IncidentCommands commands;
    private final Background background;
    private final SnapshotFeed.Subscription snapshots;
    private final AtomicBoolean measureQueued = new AtomicBoolean();
    private final AtomicBoolean measureAgain = new AtomicBoolean();
    private volatile boolean closed;

    private final ReadOnlyObjectWrapper<IncidentState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<CriterionMeasure>> measures = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<CriterionMeasure>> toJudge = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper measuredJudged = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper ending = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<RoomProblem> problem = new ReadOnlyObjectWrapper<>(RoomProblem.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private int inFlight;
    private CompletableFuture<?> lastCommand = CompletableFuture.completedFuture(null);

    public FacilitatorViewModel(IncidentHandle handle, Background background, String actor) {
        this.handle = handle;
        this.commands = handle.commands().as(actor);
        this.background = background;
        state.set(handle.state());
        now.set(handle.clock().now());
        snapshots = handle.subscribe(handle.state().lastSeq(), snapshot -> background.fx().execute(() -> show(snapshot)));
        measure();
    }

    private void show(IncidentSnapshot snapshot) {
        if (closed || snapshot.state().lastSeq() < state.get().lastSeq()) {
            return;
        }
        state.set(snapshot.state());
        now.set(handle.clock().now());
        measure();
    }

    /** The window is closing (FX thread): stops following the incident; commands handed over still run. */
    public void close() {
        closed = true;
        snapshots.close();
    }

    // ---- read-only state for views ---------------------------------------------------------

    public Plan plan() {
        return handle.plan();
    }

    public Mode mode() {
        return handle.mode();
    }

    public ReadOnlyObjectProperty<IncidentState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The drill the incident plays, as the journal holds it; empty when it plays none. */
    public Optional<DrillState> drillState() {
        return state.get().drill();
    }

    /** The drill as the plan defines it (its criteria, objectives, cleanup); empty when the incident plays none. */
    public Optional<Drill> drill() {
        return drillState().flatMap(d -> plan().drills().stream().filter(x -> x.id().equals(d.drillId())).findFirst());
    }

    /** Incident time now, moved by {@link #tick()}. */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    /** Incident time since the drill started (the opening if it has not): what "T+" says. */
    public Duration elapsed() {
        Instant start = drillState().map(DrillState::startedAt).orElse(state.get().openedAt());
        Instant at = state.get().endedAt().orElse(now.get());
        Duration elapsed = Duration.between(start, at);
        return elapsed.isNegative() ? Duration.ZERO : elapsed;
    }

    /** What the journal measures of each criterion so far, refreshed after every event. */
    public ReadOnlyObjectProperty<List<CriterionMeasure>> measuresProperty() {
        return measures.getReadOnlyProperty();
    }

    /** The criteria the journal could not judge, once {@link #judgeMeasured()} has run: the facilitator judges these. */
    public ReadOnlyObjectProperty<List<CriterionMeasure>> toJudgeProperty() {
        return toJudge.getReadOnlyProperty();
    }

    /** Whether the journal's own verdicts have been recorded (the end of the drill's first step). */
    public ReadOnlyBooleanProperty measuredJudgedProperty() {
        return measuredJudged.getReadOnlyProperty();
    }

    /** True once the incident is over or the facilitator has chosen to end the drill. */
    public ReadOnlyBooleanProperty endingProperty() {
        return ending.getReadOnlyProperty();
    }

    public boolean over() {
        return state.get().status().isOver();
    }

    /** The last command the engine refused, in its words; empty when the last one went through. */
    /** What went wrong with the last command, said in the window's language when shown ({@link RoomProblem#in}). */
    public ReadOnlyObjectProperty<RoomProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The window's one-second ticker: moves the clock on screen (reading the clock never blocks). */
    public void tick() {
        now.set(handle.clock().now());
    }

    // ---- the events list -------------------------------------------------------------------

    public void fire(String injectId) {
        command(commands.fireInject(injectId), null);
    }

    public void hold(String injectId) {
        command(commands.holdInject(injectId), null);
    }

    public void release(String injectId) {
        command(commands.releaseInject(injectId), null);
    }

    public void skip(String injectId, String reason) {
        command(commands.skipInject(injectId, reason), null);
    }

    /** Adds an ad-hoc inject; {@code added} hears its id once the journal holds it. */
    public void add(DrillInject inject, Consumer<String> added) {
        command(commands.addInject(inject), added);
    }

    // ---- the clock -------------------------------------------------------------------------

    public void pause() {
        command(commands.pauseClock(), null);
    }

    public void resume() {
        command(commands.resumeClock(), null);
    }

    public void speed(double speed) {
        command(commands.setClockSpeed(speed), null);
    }

    // ---- observations and criteria ---------------------------------------------------------

    public void observe(String text, ObservationKind kind, Optional<String> criterion, Optional<String> objective) {
        command(commands.observe(text, kind, criterion, objective), null);
    }

    /** Asks the writer what it can measure now; at most one such question outstanding, asked again if events came meanwhile. */
    public void measure() {
        if (drillState().isEmpty()) {
            return;
        }
        if (!measureQueued.compareAndSet(false, true)) {
            measureAgain.set(true);
            return;
        }
        commands.measureCriteria().whenComplete((measured, failed) -> {
            measureQueued.set(false);
            fx(() -> {
                if (failed == null) {
                    measures.set(measured);
                } else if (!closing(failed)) {
                    problem.set(RoomProblem.engine(words(failed)));
                }
            });
            if (measureAgain.getAndSet(false) && !closed) {
                fx(this::measure);
            }
        });
    }

    /** The facilitator ends the drill: an incident still open is aborted with the reason, then the end of the drill opens. */
    public void endDrill(String reason) {
        ending.set(true);
        if (!over()) {
            command(commands.abort(reason), null);
        }
    }

    /** Journals the journal's own verdict on every criterion it can measure; the rest are left to the facilitator. */
    public void judgeMeasured() {
        ending.set(true);
        command(commands.judgeMeasured(), left -> {
            toJudge.set(left);
            measuredJudged.set(true);
        });
    }

    public void judge(String criterionId, Verdict verdict, String measured, String evidence) {
        command(commands.judgeCriterion(criterionId, verdict, measured, evidence), null);
    }

    public void recordHotWash(HotWash hotWash) {
        command(commands.recordHotWash(hotWash), null);
    }

    public void tickCleanup(String itemId) {
        command(commands.tickCleanup(itemId), null);
    }

    public void closeDrill(String reason) {
        command(commands.closeDrill(reason), null);
    }

    /** Completes, on the FX thread, once every command handed over so far has its outcome shown (tests wait on it). */
    public CompletableFuture<Void> commandsDone() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        lastCommand.whenComplete((v, f) -> fx(() -> done.complete(null)));
        return done;
    }

    /**
     * Hands a command to the writer (FX thread); its outcome, or its refusal in words, comes back on the FX
     * thread. The window is busy until then, or for {@link Background#patience()} at most: then it says the
     * engine has not answered and gives the controls back, and the outcome still shows when it comes.
     */
    private <T> void command(CompletableFuture<T> outcome, Consumer<T> then) {
        inFlight++;
        busy.set(true);
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                inFlight--;
                busy.set(inFlight > 0);
            }
        };
        background.patiently(outcome).whenComplete((value, failed) -> {
            if (failed instanceof TimeoutException) {
                fx(() -> {
                    release.run();
                    problem.set(RoomProblem.room("facilitator.notAnswered", background.patience()));
                });
            }
        });
        outcome.whenComplete((value, failed) -> fx(() -> {
            release.run();
            if (failed != null) {
                problem.set(closing(failed) ? RoomProblem.NONE : RoomProblem.engine(words(failed)));
                return;
            }
            problem.set(RoomProblem.NONE);
            if (then != null) {
                then.accept(value);
            }
        }));
        lastCommand = lastCommand.thenCombine(outcome.handle((v, f) -> null), (a, b) -> null);
    }

    private void fx(Runnable work) {
        try {
            background.fx().execute(work);
        } catch (RejectedExecutionException closingDown) {
            // the console is closing: nothing left to show
        }
    }

    /** The words of a refused command: the engine's own for a refusal, else what went wrong. */
    static String words(Throwable failed) {
        Throwable cause = failed instanceof CompletionException && failed.getCause() != null ? failed.getCause() : failed;
        if (cause instanceof IncidentStateException || cause instanceof IllegalArgumentException || cause instanceof IllegalStateException
                || cause instanceof UnsupportedOperationException) {
            return cause.getMessage();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static boolean closing(Throwable failed) {
        Throwable cause = failed instanceof CompletionException && failed.getCause() != null ? failed.getCause() : failed;
        return cause instanceof InterruptedException || cause instanceof java.util.concurrent.CancellationException;
    }
}
