package dev.warroom.console.room.model;

import dev.warroom.console.tasks.Background;
import dev.warroom.console.tasks.Lane;
import dev.warroom.core.board.BoardSnapshot;
import dev.warroom.core.incident.ConfirmationRefusedException;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.Incident;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.IncidentStateException;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.incident.NoteKind;
import dev.warroom.core.incident.StepProposal;
import dev.warroom.core.incident.SuggestedAnswer;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.report.MarkdownReport;
import dev.warroom.core.report.ReportBuilder;
import dev.warroom.core.report.TimelineWords;
import dev.warroom.core.text.SafeText;
import dev.warroom.core.time.DurationText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The war room's view model: read-only properties for the views, commands for the commander.
 * Every engine call runs on one of the room's two {@link Background} lanes (steps on their own, so notes
 * and ticks still work while a step runs); results come back through {@link Background#fx()}. A command
 * the engine has not answered within {@link Background#patience()} stops holding the room busy and says
 * so; it goes on in the background. The views decide nothing: state and decisions live in the engine.
 * {@link #close()} lets go of the runtime's board and of the room's lanes.
 */
public final class IncidentViewModel {

    private final IncidentRuntime runtime;
    private final Incident incident;
    private final Background background;
    private final Lane commands;
    private final Lane steps;
    private final Consumer<BoardSnapshot> boardListener = this::boardChanged;
    private final AtomicBoolean boardRefreshQueued = new AtomicBoolean();
    private final TimelineWords words;
    private final String title;
    private final AtomicLong shownSeq = new AtomicLong();
    private final Map<String, String> identities;

    private final ReadOnlyObjectWrapper<IncidentState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BoardSnapshot> board = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Optional<StepProposal>> proposal = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<SuggestedAnswer>> suggestion = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<Duration>> suggestionPending = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper stepRunning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper waitingFor = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private int commandsInFlight;
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>();
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    // One read-only view, kept: a fresh wrapper per call would drop its listeners when it is collected.
    private final ObservableList<TimelineEntry> timelineView = FXCollections.unmodifiableObservableList(timeline);
    private final ReadOnlyObjectWrapper<Optional<Path>> report = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final List<Consumer<IncidentEvent>> newEventListeners = new CopyOnWriteArrayList<>();

    public IncidentViewModel(IncidentRuntime runtime, Background background) {
        this(runtime, background, Map.of());
    }

    /** @param identities who each real connector acts as, by connector name (empty on the simulated world) */
    public IncidentViewModel(IncidentRuntime runtime, Background background, Map<String, String> identities) {
        this.runtime = runtime;
        this.identities = Map.copyOf(identities);
        this.incident = runtime.incident();
        this.background = background;
        this.words = new TimelineWords(incident.plan());
        this.title = SafeText.forDisplay(incident.events().stream().filter(e -> EventTypes.OPENED.equals(e.type()))
                .map(e -> e.text("title")).filter(t -> !t.isBlank()).findFirst().orElse(incident.plan().system()));
        state.set(incident.state());
        board.set(runtime.board().latest());
        now.set(incident.now());
        incident.events().forEach(this::addToTimeline);
        this.commands = background.lane("room-commands");
        this.steps = background.lane("room-steps");
        runtime.board().addListener(boardListener);
        commands.execute(this::refresh);
    }

    /** The board's listener thread: shows the snapshot, and records what changed once, however many snapshots queue meanwhile. */
    private void boardChanged(BoardSnapshot snapshot) {
        background.fx().execute(() -> board.set(snapshot));
        if (boardRefreshQueued.compareAndSet(false, true)) {
            whileOpen(() -> {
                boardRefreshQueued.set(false);
                observeAndRefresh();
            });
        }
    }

    /**
     * The room is closing (FX thread): stops listening to the board and to new events, and takes no more
     * commands; what was handed over still runs. Does not close the runtime.
     */
    public void close() {
        runtime.board().removeListener(boardListener);
        newEventListeners.clear();
        commands.close();
        steps.close();
    }

    /** Completes once every command handed over so far has run and handed its results to the FX thread. */
    public CompletableFuture<Void> commandsDone() {
        return commands.run(() -> { });
    }

    /** Feed for events recorded by the engine (any thread). */
    public void onRecorded(IncidentEvent event) {
        background.fx().execute(() -> addToTimeline(event));
    }

    private void addToTimeline(IncidentEvent event) {
        if (event.seq() <= shownSeq.get()) {
            return;
        }
        shownSeq.set(event.seq());
        words.describe(event).ifPresent(w -> timeline.add(new TimelineEntry(event.seq(), event.time(), w.kind(), w.event(),
                event.actor(), w.outcome())));
        state.set(incident.state());
        newEventListeners.forEach(listener -> listener.accept(event));
    }

    /**
     * Calls {@code listener} on the FX thread with each event recorded from now on, once the timeline has it;
     * the history shown when the room opened (or resumed) is not replayed.
     */
    public void onNewEvent(Consumer<IncidentEvent> listener) {
        newEventListeners.add(listener);
    }

    // ---- read-only state for views ---------------------------------------------------------

    /** Who each real connector acts as, by connector name ("web", "aws", …); empty on the simulated world. */
    public Map<String, String> identities() {
        return identities;
    }

    public Plan plan() {
        return incident.plan();
    }

    public Mode mode() {
        return incident.mode();
    }

    /** The incident's title as recorded when it opened; the plan's system when none was given. */
    public String title() {
        return title;
    }

    public ReadOnlyObjectProperty<IncidentState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BoardSnapshot> boardProperty() {
        return board.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<StepProposal>> proposalProperty() {
        return proposal.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<SuggestedAnswer>> suggestionProperty() {
        return suggestion.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Duration>> suggestionPendingProperty() {
        return suggestionPending.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty stepRunningProperty() {
        return stepRunning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty waitingForProperty() {
        return waitingFor.getReadOnlyProperty();
    }

    /** The last thing the engine refused, in words (wrong typed name, a skip without reason …); empty when none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * True from the moment a commander's command is handed over until the views have its result.
     * Views disable their commands meanwhile, so a doubled key press cannot answer two questions.
     */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public ObservableList<TimelineEntry> timeline() {
        return timelineView;
    }

    public Optional<DecisionNode> currentNode() {
        return state.get().currentNode().flatMap(id -> plan().decisionTree().nodes().stream().filter(n -> n.id().equals(id)).findFirst());
    }

    /** Called by the view's one-second ticker: moves the clocks on screen (the clock read never blocks). */
    public void tick() {
        now.set(incident.now());
    }

    public IncidentRuntime runtime() {
        return runtime;
    }

    /** The Markdown report last written by {@link #writeReport()}; empty until one is. */
    public ReadOnlyObjectProperty<Optional<Path>> reportProperty() {
        return report.getReadOnlyProperty();
    }

    // ---- commands --------------------------------------------------------------------------

    public void answer(String answerId, String actor) {
        command(() -> incident.answer(answerId, actor));
    }

    /** Confirms the proposed step (with the typed target name for destructive steps) and runs it. */
    public void confirmAndRun(String actor, String typed) {
        submit(() -> {
            try {
                incident.confirm(actor, typed);
                problem("");
                refresh();
                startStep(() -> incident.run((step, words) -> background.fx().execute(() -> waitingFor.set(words))));
            } catch (ConfirmationRefusedException | IncidentStateException e) {
                problem(e.getMessage());
            } catch (Exception e) {
                problem("could not confirm: " + e.getMessage());
            }
        });
    }

    public void finishWait(String actor) {
        runStep(() -> incident.finishWait(actor));
    }

    /** Watches whether a step of unknown outcome (after a crash) did what it should, up to its timeout. */
    public void verifyUnknownOutcome(String actor) {
        runStep(() -> incident.verifyUnknownOutcome(actor, (step, words) -> background.fx().execute(() -> waitingFor.set(words))));
    }

    public void retry(String actor) {
        command(() -> incident.retry(actor));
    }

    /** A person's answer to the current step's manual check: whether it holds, and what they saw. */
    public void answerCheck(boolean holds, String words, String actor) {
        command(() -> incident.answerCheck(holds, words, actor));
    }

    /** "No" to the current go/no-go, with the commander's reason. */
    public void refuse(String reason, String actor) {
        command(() -> incident.refuse(reason, actor));
    }

    public void skip(String reason, String actor) {
        command(() -> incident.skip(reason, actor));
    }

    public void rollback(String actor) {
        runStep(() -> incident.rollback(actor, (step, words) -> background.fx().execute(() -> waitingFor.set(words))));
    }

    public void abort(String reason, String actor) {
        command(() -> incident.abort(reason, actor));
    }

    public void tick(String checklist, String item, String actor) {
        command(() -> incident.tick(checklist, item, actor));
    }

    public void note(NoteKind kind, String text, String actor) {
        command(() -> incident.note(kind, text, actor));
    }

    /**
     * Writes the report (plan + journal so far) as Markdown next to the journal, {@code NAME.md} beside
     * {@code NAME.jsonl}; its path then appears in {@link #reportProperty()}, a failure in {@link #problemProperty()}.
     */
    public void writeReport() {
        whileOpen(() -> {
            try {
                Path file = reportFile(runtime.journal().file());
                String head = runtime.journal().lastEvent().map(e -> e.hash()).orElse("");
                Files.writeString(file, MarkdownReport.render(ReportBuilder.build(plan(), incident.events(), head)),
                        StandardCharsets.UTF_8);
                background.fx().execute(() -> {
                    report.set(Optional.empty());
                    report.set(Optional.of(file));
                });
            } catch (IOException | RuntimeException e) {
                problem("could not write the report: " + e.getMessage());
            }
        });
    }

    static Path reportFile(Path journal) {
        String name = journal.getFileName().toString();
        return journal.resolveSibling((name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name) + ".md");
    }

    /** An engine call that may be refused. */
    @FunctionalInterface
    private interface EngineCall {
        void run() throws Exception;
    }

    private void command(EngineCall call) {
        submit(() -> {
            try {
                call.run();
                problem("");
            } catch (IncidentStateException e) {
                problem(e.getMessage());
            } catch (Exception e) {
                problem(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            refresh();
        });
    }

    /**
     * Hands work to the command lane; counted as in flight until its results have reached the FX thread,
     * or until the patience runs out: then the room says the engine has not answered and is no longer
     * busy, while the work goes on. Call on the FX thread.
     */
    private void submit(Runnable work) {
        commandsInFlight++;
        busy.set(true);
        background.patiently(commands.run(work)).whenComplete((done, failed) -> background.fx().execute(() -> {
            if (failed instanceof TimeoutException) {
                problem.set(notAnswered());
            }
            commandDone();
        }));
    }

    private String notAnswered() {
        return "the engine has not answered in " + DurationText.human(background.patience()) + "; the command goes on in the"
                + " background and its result shows when it comes. Commands given now run after it.";
    }

    private void commandDone() {
        commandsInFlight--;
        busy.set(commandsInFlight > 0);
    }

    /** A step-running command from a view (FX thread): in flight until the view sees the step running. */
    private void runStep(EngineCall call) {
        commandsInFlight++;
        busy.set(true);
        startStep(call);
        background.fx().execute(this::commandDone);
    }

    private void startStep(EngineCall call) {
        background.fx().execute(() -> stepRunning.set(true));
        try {
            steps.execute(() -> runStepNow(call));
        } catch (RejectedExecutionException closing) {
            background.fx().execute(() -> stepRunning.set(false));
        }
    }

    private void runStepNow(EngineCall call) {
        try {
            call.run();
        } catch (IncidentStateException e) {
            problem(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            problem(e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            background.fx().execute(() -> {
                stepRunning.set(false);
                waitingFor.set("");
            });
            whileOpen(this::refresh);
        }
    }

    /**
     * Queues {@code work} on the command lane from another thread. A step interrupted and a board
     * snapshot delivered while the room closes find it shut: there is nothing left to show then.
     */
    private void whileOpen(Runnable work) {
        try {
            commands.execute(work);
        } catch (RejectedExecutionException closing) {
            // the console is closing
        }
    }

    private void observeAndRefresh() {
        try {
            incident.observeLatest();
        } catch (Exception e) {
            problem("could not record the latest state: " + e.getMessage());
        }
        refresh();
    }

    /** Re-reads what the views show; runs on the command lane, publishes on the FX thread. */
    private void refresh() {
        try {
            Optional<StepProposal> next = incident.proposal();
            Optional<SuggestedAnswer> suggested = incident.suggestion();
            Optional<Duration> pending = incident.suggestionPendingFor();
            // read last: proposing a step and offering a suggestion record events that change the state
            IncidentState current = incident.state();
            background.fx().execute(() -> {
                state.set(current);
                proposal.set(next);
                suggestion.set(suggested);
                suggestionPending.set(pending);
                now.set(incident.now());
            });
        } catch (Exception e) {
            problem("could not refresh: " + e.getMessage());
        }
    }

    private void problem(String words) {
        background.fx().execute(() -> problem.set(words));
    }
}
