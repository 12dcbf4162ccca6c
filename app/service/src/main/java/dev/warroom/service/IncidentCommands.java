package dev.warroom.service;

import dev.warroom.core.drill.CriterionMeasure;
import dev.warroom.core.drill.HotWash;
import dev.warroom.core.drill.ObservationKind;
import dev.warroom.core.drill.Verdict;
import dev.warroom.core.plan.model.DrillInject;
import java.util.List;

import dev.warroom.core.incident.ConfirmationRefusedException;
import dev.warroom.core.incident.Incident;
import dev.warroom.core.incident.IncidentStateException;
import dev.warroom.core.incident.IncidentWriter;
import dev.warroom.core.incident.NoteKind;
import dev.warroom.core.incident.Progress;
import dev.warroom.core.incident.ReassessExit;
import dev.warroom.core.incident.ReportFieldEntry;
import dev.warroom.core.incident.SignalStatus;
import dev.warroom.core.incident.StepOutcome;
import dev.warroom.core.incident.StepProposal;
import dev.warroom.core.incident.SuggestedAnswer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Every command a commander can give an incident. Each goes to the incident's single writer and
 * answers with a future of its outcome; one that cannot be carried out completes exceptionally with
 * words a user can read ({@link IncidentStateException}, {@link ConfirmationRefusedException}).
 * Cancelling a future withdraws its command only while the writer has not taken it (the future then
 * says it was cancelled); a command already taken is carried through and its outcome arrives as events.
 * Long commands (run, rollback, verify an unknown outcome, finish a wait, reassess) run on the writer's step
 * worker, so notes and ticks go through while they wait.
 */
public final class IncidentCommands implements AutoCloseable {

    private final Incident incident;
    private final IncidentWriter writer;
    private final String actor;
    private final ExecutorService watcher;

    private IncidentCommands(Incident incident, String actor, ExecutorService watcher) {
        this.incident = incident;
        this.writer = incident.writer();
        this.actor = actor;
        this.watcher = watcher;
    }

    static IncidentCommands of(Incident incident, String actor) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "warroom-" + incident.plan().id() + "-watch");
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        return new IncidentCommands(incident, actor, pool);
    }

    /** Who the commands are recorded as. */
    public String actor() {
        return actor;
    }

    /** The same commands, recorded as {@code other}. */
    public IncidentCommands as(String other) {
        return other.equals(actor) ? this : new IncidentCommands(incident, other, watcher);
    }

    public CompletableFuture<Void> answer(String answerId) {
        return write(() -> incident.answer(answerId, actor));
    }

    /**
     * Confirms step {@code stepId}: refused if another step is up by the time the writer takes it, so a
     * confirmation never applies to a step its user did not see.
     */
    public CompletableFuture<Void> confirm(String stepId, String typed) {
        return write(() -> {
            requireCurrentStep(stepId, "confirm");
            incident.confirm(actor, typed);
        });
    }

    /** Refuses the proposed step {@code stepId} and skips it, saying why. */
    public CompletableFuture<Void> refuse(String stepId, String reason) {
        return write(() -> {
            requireCurrentStep(stepId, "refuse");
            incident.skip(reason, actor);
        });
    }

    /**
     * "No" to the go/no-go {@code stepId}: the procedure stops at it, or takes the plan's branch for a
     * refusal ({@code onRefuse}). Unlike {@link #refuse}, the step is not skipped.
     */
    public CompletableFuture<Void> noGo(String stepId, String reason) {
        return write(() -> {
            requireCurrentStep(stepId, "answer no-go to");
            incident.refuse(reason, actor);
        });
    }

    /** A person's answer to the manual check of step {@code stepId}: whether it holds, and what they saw. */
    public CompletableFuture<Void> answerCheck(String stepId, boolean holds, String words) {
        return write(() -> {
            requireCurrentStep(stepId, "check");
            incident.answerCheck(holds, words, actor);
        });
    }

    public CompletableFuture<Void> skip(String reason) {
        return write(() -> incident.skip(reason, actor));
    }

    public CompletableFuture<Void> retry() {
        return write(() -> incident.retry(actor));
    }

    public CompletableFuture<Void> abort(String reason) {
        return write(() -> incident.abort(reason, actor));
    }

    public CompletableFuture<Void> note(NoteKind kind, String text) {
        return write(() -> incident.note(kind, text, actor));
    }

    /**
     * Journals a report field as this actor: a field of its own ({@code row} and {@code column} empty), or
     * one cell of a table section's row (both given). A bad entry (blank id, a row without a column, a value
     * too long) completes exceptionally with {@link IncidentStateException} words, and nothing is written.
     */
    public CompletableFuture<Void> setReportField(String field, Optional<String> row, Optional<String> column, String value) {
        ReportFieldEntry entry;
        try {
            entry = new ReportFieldEntry(field, row, column, value);
        } catch (IncidentStateException e) {
            return CompletableFuture.failedFuture(e);
        }
        return write(() -> incident.setReportField(entry, actor));
    }

    public CompletableFuture<Void> tick(String checklistId, String itemId) {
        return write(() -> incident.tick(checklistId, itemId, actor));
    }

    /** Records the current suggestion the first time it is offered, and gives it. */
    public CompletableFuture<Optional<SuggestedAnswer>> refresh() {
        return writer.submit(incident::refreshSuggestion);
    }

    /** Records the current step as proposed the first time it is offered, and gives its proposal. */
    public CompletableFuture<Optional<StepProposal>> propose() {
        return writer.submit(incident::propose);
    }

    /** Runs the confirmed step and watches for its outcome (a long command). */
    public CompletableFuture<StepOutcome> run(Progress progress) {
        return writer.submitLong(() -> incident.run(progress));
    }

    public CompletableFuture<StepOutcome> rollback(Progress progress) {
        return writer.submitLong(() -> incident.rollback(actor, progress));
    }

    public CompletableFuture<StepOutcome> verifyUnknown(Progress progress) {
        return writer.submitLong(() -> incident.verifyUnknownOutcome(actor, progress));
    }

    public CompletableFuture<Void> finishWait() {
        return writer.submitLong(() -> {
            incident.finishWait(actor);
            return null;
        });
    }

    /**
     * Reassesses the current reassess node until it is left (a long command: a round every period, on the
     * incident clock); answers how it was left, or empty when something else left it meanwhile.
     */
    public CompletableFuture<Optional<ReassessExit>> reassess() {
        return writer.submitLong(() -> incident.reassess(actor));
    }

    /** This actor says the current reassess node has recovered, in their words; it is left by its recovered exit. */
    public CompletableFuture<Void> declareRecovered(String words) {
        return write(() -> incident.declareRecovered(words, actor));
    }

    /**
     * Reads the board's latest readings and updates the signals; what changed is journalled through the
     * writer. Not a writer command itself: a slow probe must not hold up commands.
     */
    public CompletableFuture<Map<String, SignalStatus>> observe() {
        CompletableFuture<Map<String, SignalStatus>> outcome = new CompletableFuture<>();
        watcher.execute(() -> {
            try {
                outcome.complete(incident.observeLatest());
            } catch (Exception | Error e) {
                outcome.completeExceptionally(e);
            }
        });
        return outcome;
    }

    // ---- the facilitator's hand (drills only; refused with words on an incident that plays no drill) ----

    /** Fires inject {@code injectId} now, whatever its time or trigger; refused once fired or skipped. */
    public CompletableFuture<Void> fireInject(String injectId) {
        return write(() -> incident.drillDesk().fire(injectId, actor));
    }

    /** Holds a pending inject: it does not fire when its time or trigger comes (it shows as due). */
    public CompletableFuture<Void> holdInject(String injectId) {
        return write(() -> incident.drillDesk().hold(injectId, actor));
    }

    /** Releases a held inject: it fires at once if it came due meanwhile. */
    public CompletableFuture<Void> releaseInject(String injectId) {
        return write(() -> incident.drillDesk().release(injectId, actor));
    }

    /** Skips an inject that has not fired, saying why. */
    public CompletableFuture<Void> skipInject(String injectId, String reason) {
        return write(() -> incident.drillDesk().skip(injectId, reason, actor));
    }

    /**
     * Adds an ad-hoc inject during the run (a message, a world change, or both; due at once if it has
     * neither {@code at} nor {@code on}, and its {@code at} counts from the drill's start like the plan's);
     * its id is given (adhoc-N) if it has none. Answers with the id.
     */
    public CompletableFuture<String> addInject(DrillInject inject) {
        return writer.submit(() -> incident.drillDesk().add(inject, actor));
    }

    /** The team acknowledges a fired message inject; recorded as this actor. */
    public CompletableFuture<Void> acknowledgeInject(String injectId) {
        return write(() -> incident.drillDesk().acknowledge(injectId, actor));
    }

    /**
     * Pauses the drill clock: in TABLETOP the incident's clock (refused on the virtual clock of an
     * automatic run); in DRILL the inject schedule only, the RTO clock keeps running.
     */
    public CompletableFuture<Void> pauseClock() {
        return write(() -> incident.drillClock().pause(actor));
    }

    public CompletableFuture<Void> resumeClock() {
        return write(() -> incident.drillClock().resume(actor));
    }

    /** TABLETOP only, on an accelerated clock: incident seconds per real second (1, 2, 5, 10, 60). */
    public CompletableFuture<Void> setClockSpeed(double speed) {
        return write(() -> incident.drillClock().setSpeed(speed, actor));
    }

    /** A timestamped observation, tagged with a success criterion or an objective (either may be empty). */
    public CompletableFuture<Void> observe(String text, ObservationKind kind, Optional<String> criterion, Optional<String> objective) {
        return write(() -> incident.drillDesk().observe(text, kind, criterion, objective, actor));
    }

    /** What the journal can measure of each success criterion now, against the drill's own targets. */
    public CompletableFuture<List<CriterionMeasure>> measureCriteria() {
        return writer.submit(() -> incident.drillDesk().measure());
    }

    /** Journals a criterion's verdict as this actor, with what was measured and the evidence. */
    public CompletableFuture<Void> judgeCriterion(String criterionId, Verdict verdict, String measured, String evidence) {
        return write(() -> incident.drillDesk().judge(criterionId, verdict, measured, evidence, actor));
    }

    /** Journals the journal's own verdict on every criterion it can measure (actor "journal"); answers those still to judge. */
    public CompletableFuture<List<CriterionMeasure>> judgeMeasured() {
        return writer.submit(() -> incident.drillDesk().judgeMeasured());
    }

    /** The hot wash (ratings only for the drill's objectives); allowed after the incident ended, until the drill is closed. */
    public CompletableFuture<Void> recordHotWash(HotWash hotWash) {
        return write(() -> incident.drillDesk().recordHotWash(hotWash, actor));
    }

    public CompletableFuture<Void> tickCleanup(String itemId) {
        return write(() -> incident.drillDesk().tickCleanup(itemId, actor));
    }

    /** Closes the drill once the incident is over; with cleanup items still open, {@code reason} must say why. */
    public CompletableFuture<Void> closeDrill(String reason) {
        return write(() -> incident.drillDesk().close(reason, actor));
    }

    private void requireCurrentStep(String stepId, String doing) throws ConfirmationRefusedException {
        Optional<String> current = incident.state().activeProcedure().flatMap(run -> run.current()).map(step -> step.stepId());
        if (!current.equals(Optional.of(stepId))) {
            throw new ConfirmationRefusedException("step '" + stepId + "' is no longer the step to " + doing
                    + current.map(id -> "; '" + id + "' is up now").orElse("; no step is up now"));
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private CompletableFuture<Void> write(Work work) {
        return writer.submit(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public void close() {
        watcher.shutdownNow();
    }
}
