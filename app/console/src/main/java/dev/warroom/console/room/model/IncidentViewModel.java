package dev.warroom.console.room.model;

import dev.warroom.console.report.StandardReportMaking;
import dev.warroom.console.tasks.Background;
import dev.warroom.console.tasks.Lane;
import dev.warroom.core.board.BoardSnapshot;
import dev.warroom.core.incident.ConfirmationRefusedException;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentSnapshot;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.IncidentStateException;
import dev.warroom.core.incident.JournalEventSink;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.incident.NoteKind;
import dev.warroom.core.incident.Progress;
import dev.warroom.core.incident.SnapshotFeed;
import dev.warroom.core.incident.StepProposal;
import dev.warroom.core.incident.SuggestedAnswer;
import dev.warroom.core.journal.JournalReader;
import dev.warroom.core.journal.JournalVerifier;
import dev.warroom.core.journal.Verdict;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.text.SafeText;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.report.ReportFormat;
import dev.warroom.service.IncidentCommands;
import dev.warroom.service.IncidentHandle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * Commands go to the incident's single writer through the service ({@link IncidentCommands}); their
 * outcomes, and every journalled event with the state after it (a snapshot subscription), come back
 * through {@link Background#fx()}. The FX thread never calls the engine and never waits on its writer.
 * A command the writer has not answered within {@link Background#patience()} stops holding the room busy
 * and says so; it goes on, and its outcome still arrives. {@link #close()} lets go of the incident's
 * snapshots and board and of the room's lane. The views decide nothing: state and decisions live in the engine.
 */
public final class IncidentViewModel {

    private final IncidentHandle handle;
    private final IncidentCommands commands;
    private final Background background;
    private TimelineSpeech speech;
    private final String title;
    private final long openedAtSeq;
    private long shownSeq;
    private final Map<String, String> identities;
    private final SnapshotFeed.Subscription snapshots;
    private final Lane reports;
    private final PlanChecking planChecking;
    private final Lane timelineReading;
    private final Consumer<BoardSnapshot> boardListener = this::boardChanged;
    private final AtomicBoolean boardRefreshQueued = new AtomicBoolean();

    private final ReadOnlyObjectWrapper<IncidentState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BoardSnapshot> board = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Optional<StepProposal>> proposal = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<java.util.List<dev.warroom.core.incident.ParameterRequest>> missingParameters =
            new ReadOnlyObjectWrapper<>(java.util.List.of());
    private final ReadOnlyObjectWrapper<Optional<SuggestedAnswer>> suggestion = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<Duration>> suggestionPending = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<SuggestionsSeen> suggestions = new ReadOnlyObjectWrapper<>(SuggestionsSeen.NONE);
    private final ReadOnlyBooleanWrapper stepRunning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper waitingFor = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RoomProblem> problem = new ReadOnlyObjectWrapper<>(RoomProblem.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private int commandsInFlight;
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>();
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    // One read-only view, kept: a fresh wrapper per call would drop its listeners when it is collected.
    private final ObservableList<TimelineEntry> timelineView = FXCollections.unmodifiableObservableList(timeline);
    private final ReadOnlyObjectWrapper<Optional<Path>> report = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final List<Consumer<IncidentEvent>> newEventListeners = new CopyOnWriteArrayList<>();
    private final ReadOnlyObjectWrapper<JournalHead> journalHead = new ReadOnlyObjectWrapper<>(JournalHead.NONE);
    private CompletableFuture<?> lastCommand = CompletableFuture.completedFuture(null);
    private final ReassessKeeper reassessing = new ReassessKeeper(this::reassess);

    /**
     * A view model over {@code handle}: its state starts from the handle's last snapshot, and its timeline
     * fills from a subscription to every event from the opening on (the history first, then each new one).
     */
    public IncidentViewModel(IncidentHandle handle, Background background) {
        this.handle = handle;
        this.commands = handle.commands();
        this.identities = handle.identities();
        this.background = background;
        this.speech = new TimelineSpeech(handle.plan(), TextLanguage.ENGLISH);
        this.title = SafeText.forDisplay(handle.title());
        this.reports = background.lane("room-reports");
        this.planChecking = new PlanChecking(handle.planCheck(), background);
        this.timelineReading = background.lane("room-timeline");
        IncidentState start = handle.state();
        this.openedAtSeq = start.lastSeq();
        state.set(start);
        board.set(handle.runtime().board().latest());
        now.set(handle.clock().now());
        snapshots = handle.subscribe(0, snapshot -> background.fx().execute(() -> show(snapshot)));
        handle.runtime().board().addListener(boardListener);
        refresh();
        reassessing.seen(start);
    }

    /** Where the checks of the plan stand: actions are held until they pass. */
    public PlanChecking planChecking() {
        return planChecking;
    }

    /** The board's listener thread: shows the snapshot, and has the writer record what changed once, however many snapshots queue meanwhile. */
    private void boardChanged(BoardSnapshot snapshot) {
        background.fx().execute(() -> board.set(snapshot));
        if (boardRefreshQueued.compareAndSet(false, true)) {
            commands.observe().whenComplete((signals, failed) -> {
                boardRefreshQueued.set(false);
                if (failed != null && !closing(failed)) {
                    background.fx().execute(() -> problem.set(RoomProblem.room("app.problem.not-recorded", RoomProblem.engine(words(failed)))));
                }
                refresh();
            });
        }
    }

    /** One journalled event and the state after it, on the FX thread. */
    private void show(IncidentSnapshot snapshot) {
        IncidentEvent event = snapshot.event();
        if (event.seq() <= shownSeq) {
            return;
        }
        shownSeq = event.seq();
        if (!event.hash().isEmpty()) {
            journalHead.set(new JournalHead(event.hash(), event.seq()));
        }
        // what only the facilitator may see (the events list, observations, verdicts, the hot wash) never reaches the room
        boolean forTheRoom = !EventTypes.facilitatorOnly(event.type());
        if (forTheRoom) {
            speech.entry(event, snapshot.state()).ifPresent(timeline::add);
        }
        if (snapshot.state().lastSeq() >= state.get().lastSeq()) {
            state.set(snapshot.state());
            reassessing.seen(snapshot.state());
        }
        if (forTheRoom && event.seq() > openedAtSeq) {
            newEventListeners.forEach(listener -> listener.accept(event));
        }
    }

    /**
     * The room is closing (FX thread): stops following the incident's snapshots and board, and lets go of
     * its listeners and lane; commands already handed over still run. Does not close the incident.
     */
    public void close() {
        snapshots.close();
        handle.runtime().board().removeListener(boardListener);
        newEventListeners.clear();
        reports.close();
        timelineReading.close();
    }

    /**
     * Says WarRoom's own timeline phrases in {@code language} from now on (English until told), and the entries
     * already on the timeline again in it: rebuilt from the journal's events, read back on a lane of the room's so
     * the FX thread never waits on the journal. Titles stay as the plan is written. Call on the FX thread.
     */
    public void speak(TextLanguage language) {
        if (language.equals(speech.language())) {
            return;
        }
        TimelineSpeech next = new TimelineSpeech(handle.plan(), language);
        speech = next;
        long upTo = shownSeq;
        if (timeline.isEmpty()) {
            return;
        }
        Path journal = journalFile();
        try {
            timelineReading.execute(() -> {
                try {
                    List<IncidentEvent> events = JournalReader.read(journal).events().stream().map(JournalEventSink::toIncidentEvent).toList();
                    background.fx().execute(() -> sayAgain(next, events, upTo));
                } catch (IOException | RuntimeException e) {
                    background.fx().execute(() -> problem.set(RoomProblem.room("app.problem.timeline-unread", language.tag(),
                            RoomProblem.engine(String.valueOf(e.getMessage())))));
                }
            });
        } catch (RejectedExecutionException closed) {
            // the room is closing: no timeline left to say again
        }
    }

    /**
     * Replaces each entry up to {@code upTo} (those shown before the language changed) by its event's words in
     * {@code in}; later entries were said in it already. A language chosen since then says them itself.
     */
    private void sayAgain(TimelineSpeech in, List<IncidentEvent> events, long upTo) {
        if (in != speech) {
            return;
        }
        IncidentState now = state.get();
        Map<Long, TimelineEntry> again = new HashMap<>();
        for (IncidentEvent event : events) {
            if (event.seq() <= upTo && !EventTypes.facilitatorOnly(event.type())) {
                in.entry(event, now).ifPresent(entry -> again.put(entry.seq(), entry));
            }
        }
        timeline.setAll(timeline.stream().map(entry -> entry.seq() <= upTo ? again.getOrDefault(entry.seq(), entry) : entry).toList());
    }

    /**
     * Calls {@code listener} on the FX thread with each event recorded from now on, once the timeline has it;
     * the history shown when the room opened (or resumed) is not replayed.
     */
    public void onNewEvent(Consumer<IncidentEvent> listener) {
        newEventListeners.add(listener);
    }

    // ---- read-only state for views ---------------------------------------------------------

    /** The journal's head after the last event the room has shown: from the event itself, so reading it never blocks. */
    public ReadOnlyObjectProperty<JournalHead> journalHeadProperty() {
        return journalHead.getReadOnlyProperty();
    }

    /** Who each real connector acts as, by connector name ("web", "aws", …); empty on the simulated world. */
    public Map<String, String> identities() {
        return identities;
    }

    public Plan plan() {
        return handle.plan();
    }

    public Mode mode() {
        return handle.mode();
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

    /** The values the running procedure still needs from a person (asked at its start, or a reading that gives none). */
    public ReadOnlyObjectProperty<java.util.List<dev.warroom.core.incident.ParameterRequest>> missingParametersProperty() {
        return missingParameters.getReadOnlyProperty();
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

    /** Every suggestion of the current question as the signals last judged it: the offered one and the stronger ones building. */
    public ReadOnlyObjectProperty<SuggestionsSeen> suggestionsProperty() {
        return suggestions.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty stepRunningProperty() {
        return stepRunning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty waitingForProperty() {
        return waitingFor.getReadOnlyProperty();
    }

    /** The last thing the engine refused or the room could not do (wrong typed name, a skip without reason …); {@link RoomProblem#NONE} when none. */
    public ReadOnlyObjectProperty<RoomProblem> problemProperty() {
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
        now.set(handle.clock().now());
    }

    /** The world's name as the status bar shows it. */
    public String worldName() {
        return handle.worldName();
    }

    /** The journal the incident is recorded in. */
    public Path journalFile() {
        return handle.journal().file();
    }

    /** The Markdown report last written by {@link #writeReport()}; empty until one is. */
    public ReadOnlyObjectProperty<Optional<Path>> reportProperty() {
        return report.getReadOnlyProperty();
    }

    // ---- commands --------------------------------------------------------------------------

    public void answer(String answerId, String actor) {
        command(commands.as(actor).answer(answerId));
    }

    /** Gives a value the running procedure needs; a refusal (it does not fit, or was given already) shows as the room's problem. */
    public void setParameter(String procedureId, String parameterId, String value, String actor) {
        command(commands.as(actor).setParameter(procedureId, parameterId, value));
    }

    /** Confirms the proposed step (with the typed target name for destructive steps) and runs it. */
    public void confirmAndRun(String actor, String typed) {
        IncidentCommands as = commands.as(actor);
        String stepId = proposal.get().map(p -> p.step().id()).orElse("");
        handOver(as.confirm(stepId, typed), (done, failed) -> {
            if (failed != null) {
                problem.set(RoomProblem.engine(words(failed)));
                refresh();
                return;
            }
            problem.set(RoomProblem.NONE);
            refresh();
            startStep(as.run(progress()));
        });
    }

    public void finishWait(String actor) {
        runStep(commands.as(actor).finishWait());
    }

    /** A person says the current reassess node has recovered, in their words; journalled under their name. */
    public void declareRecovered(String words, String actor) {
        command(commands.as(actor).declareRecovered(words));
    }

    /**
     * Runs the current reassess node's rounds (a long command, started by {@link ReassessKeeper}); a refusal shows
     * only while the incident still stands at that node (a person may have said recovered before it was taken).
     */
    private void reassess() {
        String at = state.get().currentNode().orElse("");
        int pathLength = state.get().path().size();
        commands.reassess().whenComplete((exit, failed) -> background.fx().execute(() -> {
            boolean stillThere = state.get().currentNode().orElse("").equals(at) && state.get().path().size() == pathLength;
            if (failed != null && !closing(failed) && stillThere) {
                problem.set(RoomProblem.engine(words(failed)));
            }
            refresh();
        }));
    }

    /** Watches whether a step of unknown outcome (after a crash) did what it should, up to its timeout. */
    public void verifyUnknownOutcome(String actor) {
        runStep(commands.as(actor).verifyUnknown(progress()));
    }

    public void retry(String actor) {
        command(commands.as(actor).retry());
    }

    /** A person's answer to the current step's manual check: whether it holds, and what they saw. */
    public void answerCheck(boolean holds, String words, String actor) {
        command(commands.as(actor).answerCheck(proposal.get().map(p -> p.step().id()).orElse(""), holds, words));
    }

    /** "No" to the current go/no-go, with the commander's reason. */
    public void refuse(String reason, String actor) {
        command(commands.as(actor).noGo(proposal.get().map(p -> p.step().id()).orElse(""), reason));
    }

    public void skip(String reason, String actor) {
        command(commands.as(actor).skip(reason));
    }

    public void rollback(String actor) {
        runStep(commands.as(actor).rollback(progress()));
    }

    public void abort(String reason, String actor) {
        command(commands.as(actor).abort(reason));
    }

    public void tick(String checklist, String item, String actor) {
        command(commands.as(actor).tick(checklist, item));
    }

    public void note(NoteKind kind, String text, String actor) {
        command(commands.as(actor).note(kind, text));
    }

    /** The team acknowledges a fired message inject (its card); journalled as {@code actor}. */
    public void acknowledgeInject(String injectId, String actor) {
        command(commands.as(actor).acknowledgeInject(injectId));
    }

    private Progress progress() {
        return (step, words) -> background.fx().execute(() -> waitingFor.set(words));
    }

    /**
     * Writes the report (plan + journal so far) as Markdown next to the journal, {@code NAME.md} beside
     * {@code NAME.jsonl}; its path then appears in {@link #reportProperty()}, a failure in {@link #problemProperty()}.
     */
    public void writeReport() {
        Path journal = journalFile();
        reports.execute(() -> {
            try {
                Path file = reportFile(journal);
                // read back from the file: the journal's own lock is the writer's while it appends
                Verdict verdict = JournalVerifier.verify(journal);
                List<IncidentEvent> events = JournalReader.read(journal).events().stream()
                        .map(JournalEventSink::toIncidentEvent).toList();
                // the same report `warroom report --format md` writes: the incident's default template, in English
                StandardReportMaking making = new StandardReportMaking();
                TextLanguage english = TextLanguage.ENGLISH;
                ReportDocument document = making.build(plan(), events, verdict,
                        making.defaultTemplate(plan(), events, english), english);
                // written beside and moved into place: a reader never sees half a report
                Path partial = file.resolveSibling(file.getFileName() + ".partial");
                try (OutputStream out = Files.newOutputStream(partial)) {
                    making.render(document, ReportFormat.MD, out);
                }
                Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                background.fx().execute(() -> {
                    report.set(Optional.empty());
                    report.set(Optional.of(file));
                });
            } catch (IOException | RuntimeException e) {
                background.fx().execute(() -> problem.set(RoomProblem.room("app.problem.report-unwritten", RoomProblem.engine(String.valueOf(e.getMessage())))));
            }
        });
    }

    static Path reportFile(Path journal) {
        String name = journal.getFileName().toString();
        return journal.resolveSibling((name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name) + ".md");
    }

    /** A command handed to the writer: in flight until its outcome has reached the FX thread. Call on the FX thread. */
    private void command(CompletableFuture<?> outcome) {
        handOver(outcome, (done, failed) -> {
            problem.set(failed == null ? RoomProblem.NONE : RoomProblem.engine(words(failed)));
            refresh();
        });
    }

    /**
     * Holds the room busy until {@code outcome} arrives or {@link Background#patience()} runs out, whichever
     * comes first; then the room says the engine has not answered and the commander has the controls back.
     * The outcome, whenever it comes, is shown by {@code onOutcome} on the FX thread. Call on the FX thread.
     */
    private void handOver(CompletableFuture<?> outcome, java.util.function.BiConsumer<Object, Throwable> onOutcome) {
        inFlight();
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                commandDone();
            }
        };
        background.patiently(outcome).whenComplete((done, failed) -> {
            if (failed instanceof TimeoutException) {
                background.fx().execute(() -> {
                    release.run();
                    problem.set(notAnswered());
                });
            }
        });
        outcome.whenComplete((done, failed) -> background.fx().execute(() -> {
            release.run();
            onOutcome.accept(done, failed);
        }));
        lastCommand = lastCommand.thenCombine(outcome.handle((v, f) -> null), (a, b) -> null);
    }

    /** Completes, on the FX thread, once every command handed over so far has its outcome shown (tests wait on it). */
    public CompletableFuture<Void> commandsDone() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        lastCommand.whenComplete((v, f) -> background.fx().execute(() -> done.complete(null)));
        return done;
    }

    private RoomProblem notAnswered() {
        return RoomProblem.room("app.problem.not-answered", background.patience());
    }

    private void inFlight() {
        commandsInFlight++;
        busy.set(true);
    }

    private void commandDone() {
        commandsInFlight--;
        busy.set(commandsInFlight > 0);
    }

    /** A long command from a view (FX thread): in flight until the view sees the step running. */
    private void runStep(CompletableFuture<?> outcome) {
        inFlight();
        startStep(outcome);
        background.fx().execute(this::commandDone);
    }

    private void startStep(CompletableFuture<?> outcome) {
        stepRunning.set(true);
        outcome.whenComplete((done, failed) -> background.fx().execute(() -> {
            stepRunning.set(false);
            waitingFor.set("");
            if (failed != null && !closing(failed)) {
                problem.set(RoomProblem.engine(words(failed)));
            }
            refresh();
        }));
    }

    /** The words of a refused command: the engine's own for a refusal, else what went wrong. */
    private static String words(Throwable failed) {
        Throwable cause = failed instanceof CompletionException && failed.getCause() != null ? failed.getCause() : failed;
        if (cause instanceof IncidentStateException || cause instanceof ConfirmationRefusedException) {
            return cause.getMessage();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static boolean closing(Throwable failed) {
        Throwable cause = failed instanceof CompletionException && failed.getCause() != null ? failed.getCause() : failed;
        return cause instanceof InterruptedException || cause instanceof java.util.concurrent.CancellationException;
    }

    /** Asks the writer for the current step and suggestion (recording them the first time), then shows them on the FX thread. */
    private void refresh() {
        CompletableFuture<Optional<StepProposal>> next = commands.propose();
        CompletableFuture<Optional<SuggestedAnswer>> suggested = commands.refresh();
        next.thenCombine(suggested, (p, s) -> {
            Optional<Duration> pending = handle.incident().suggestionPendingFor();
            SuggestionsSeen seen = new SuggestionsSeen(handle.incident().suggestionProgress(), handle.incident().signalsSeenAt());
            java.util.List<dev.warroom.core.incident.ParameterRequest> needed = handle.incident().missingParameters();
            Instant at = handle.clock().now();
            try {
                background.fx().execute(() -> {
                    missingParameters.set(needed);
                    proposal.set(p);
                    suggestion.set(s);
                    suggestionPending.set(pending);
                    suggestions.set(seen);
                    now.set(at);
                });
            } catch (RejectedExecutionException closing) {
                // the console is closing: nothing left to show
            }
            return null;
        });
    }
}
