package dev.warroom.console.start;

import dev.warroom.console.opening.RoomOpening;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.core.incident.DefaultScenario;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.incident.SeverityLevels;
import dev.warroom.core.plan.PlanDirectory;
import dev.warroom.core.plan.ShellCommands;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.plan.model.SeverityTarget;
import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.plan.validate.Problem;
import dev.warroom.service.ClockChoice;
import dev.warroom.service.IncidentHandle;
import dev.warroom.service.IncidentService;
import dev.warroom.service.OpenRequest;
import dev.warroom.service.PreparedOpen;
import dev.warroom.service.PreparedResume;
import dev.warroom.service.RequestRefusedException;
import dev.warroom.service.ResumeRequest;
import dev.warroom.service.WorldLease;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the start screen decides: which plan (from plans/ or any file, validated off the FX thread),
 * which mode, which scenario, or which unfinished incident to resume. TABLETOP opens on the simulated
 * world; DRILL and LIVE on the real connectors. Before a LIVE incident opens or resumes, the connectors
 * are started, the commander sees who they act as and types LIVE; cancelling closes them and leaves
 * nothing on disk. A TABLETOP opens as checked when the plan file still holds the bytes this screen checked (the service
 * compares their SHA-256), and otherwise before its checks run (its room holds every step until they pass), as from the
 * command line; DRILL and LIVE are checked before they open. Works without the toolkit: reading plans and
 * incidents goes to {@code work}, opening and resuming to {@code opens} (so an opening never waits behind a scan),
 * results come back through {@code fx}.
 */
public final class StartViewModel {

    /** The word the commander must type to choose LIVE. */
    public static final String LIVE_WORD = "LIVE";

    /** An incident opened from this screen, ready for the war room. */
    public record Opened(IncidentHandle incident) {
    }

    /** A LIVE incident waiting for the typed word, on connectors already started; {@code onCancel} lets go of what was prepared. */
    private record PendingLive(WorldLease connectors, LiveStart start, AutoCloseable onCancel) {
    }

    /** What the LIVE confirmation says of the plan's shell commands: how many it has and whether they will run. */
    public record LiveShell(int commands, boolean allowed) {
        public static final LiveShell NONE = new LiveShell(0, false);
    }

    /** How a LIVE incident starts once confirmed: opened or resumed on the given connectors. */
    @FunctionalInterface
    private interface LiveStart {
        IncidentHandle start(WorldLease connectors) throws Exception;
    }

    /** Prepares a LIVE start (checks the request) before the connectors are started. */
    @FunctionalInterface
    private interface LivePreparation {
        PreparedLive prepare() throws Exception;
    }

    private record PreparedLive(LiveStart start, AutoCloseable onCancel) {
    }

    /** Why "Open" cannot be pressed now; the view says it in words. */
    public enum Blocker {
        NONE,
        NO_PLAN,
        PLAN_INVALID,
        CONFIRMING_LIVE,
        OPENING
    }

    private final ConsoleOptions options;
    private final IncidentService service;
    private final Executor work;
    private final Executor opens;
    private final Executor fx;
    private final Optional<Path> openJournal;
    private final Consumer<Opened> onOpened;

    private final ObservableList<PlanDirectory.Entry> plans = FXCollections.observableArrayList();
    private final ObservableList<PlanDirectory.Entry> plansView = FXCollections.unmodifiableObservableList(plans);
    private final ReadOnlyBooleanWrapper plansScanned = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper plansFailure = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PlanDirectory.Entry> selectedPlan = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.TABLETOP);
    private final ReadOnlyBooleanWrapper confirmingLive = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Map<String, String>> liveIdentities = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<LiveShell> liveShell = new ReadOnlyObjectWrapper<>(LiveShell.NONE);
    private final ShellChoice openShell = new ShellChoice(mode);
    private PendingLive pendingLive;
    private final ObservableList<Scenario> scenarios = FXCollections.observableArrayList();
    private final ObservableList<Scenario> scenariosView = FXCollections.unmodifiableObservableList(scenarios);
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Drill> drills = FXCollections.observableArrayList();
    private final ObservableList<Drill> drillsView = FXCollections.unmodifiableObservableList(drills);
    private final ReadOnlyObjectWrapper<Drill> drill = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SeverityTarget> severities = FXCollections.observableArrayList();
    private final ObservableList<SeverityTarget> severitiesView = FXCollections.unmodifiableObservableList(severities);
    private final ReadOnlyObjectWrapper<SeverityTarget> severity = new ReadOnlyObjectWrapper<>();
    private final ObservableList<UnfinishedIncident> unfinished = FXCollections.observableArrayList();
    private final ObservableList<UnfinishedIncident> unfinishedView = FXCollections.unmodifiableObservableList(unfinished);
    private final ReadOnlyObjectWrapper<UnfinishedIncident> selectedUnfinished = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FinishedIncident> finished = FXCollections.observableArrayList();
    private final ObservableList<FinishedIncident> finishedView = FXCollections.unmodifiableObservableList(finished);
    private final ReadOnlyObjectWrapper<FinishedIncident> selectedFinished = new ReadOnlyObjectWrapper<>();
    private ReportOpening reportOpening = journal -> () -> {
    };
    private final ShellChoice resumeShell = new ShellChoice(Bindings.createObjectBinding(
            () -> selectedUnfinished.get() == null ? null : Mode.parse(selectedUnfinished.get().mode()).orElse(Mode.LIVE), selectedUnfinished));
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<StartFailure> failure = new ReadOnlyObjectWrapper<>(StartFailure.NONE);
    private final ObjectBinding<Blocker> blocker;
    private dev.warroom.console.start.importing.DocumentImportViewModel importing;

    /**
     * @param openJournal the journal of the incident the war room has open, if any: it is not offered for resuming
     * @param onOpened    gets each incident opened or resumed here, on the FX side
     */
    public StartViewModel(ConsoleOptions options, Executor work, Executor fx, Optional<Path> openJournal, Consumer<Opened> onOpened) {
        this(options, new IncidentService(), work, work, fx, openJournal, onOpened);
    }

    /** As above, opening and resuming on {@code opens}, apart from the plan scans and the reading of journals on {@code work}. */
    public StartViewModel(ConsoleOptions options, Executor work, Executor opens, Executor fx, Optional<Path> openJournal,
            Consumer<Opened> onOpened) {
        this(options, new IncidentService(), work, opens, fx, openJournal, onOpened);
    }

    /** As above, opening through {@code service} (tests hand in one with a stand-in for the connectors). */
    public StartViewModel(ConsoleOptions options, IncidentService service, Executor work, Executor fx, Optional<Path> openJournal,
            Consumer<Opened> onOpened) {
        this(options, service, work, work, fx, openJournal, onOpened);
    }

    private StartViewModel(ConsoleOptions options, IncidentService service, Executor work, Executor opens, Executor fx,
            Optional<Path> openJournal, Consumer<Opened> onOpened) {
        this.options = options;
        this.service = service;
        this.work = work;
        this.opens = opens;
        this.fx = fx;
        this.openJournal = openJournal.map(p -> p.toAbsolutePath().normalize());
        this.onOpened = onOpened;
        blocker = Bindings.createObjectBinding(this::currentBlocker, selectedPlan, mode, confirmingLive, opening);
        // the scenario names the level it is held to by default; the commander may choose another after
        scenario.addListener((obs, old, now) -> severity.set(scenarioLevel(now)));
    }

    // ---- state for the view ------------------------------------------------------------------

    /** The Import action: a document read into a draft plan on this screen's lane, reviewed, saved and opened here. */
    public dev.warroom.console.start.importing.DocumentImportViewModel importing() {
        if (importing == null) {
            importing = new dev.warroom.console.start.importing.DocumentImportViewModel(
                    dev.warroom.importer.markdown.DocumentImporters.standard(), work, fx, this::openFile);
        }
        return importing;
    }

    /** Where the plan list comes from (and where a file chooser starts). */
    public Path plansDirectory() {
        return options.plansDirectory();
    }

    public ObservableList<PlanDirectory.Entry> plans() {
        return plansView;
    }

    /** True once plans/ has been read (whatever was found). */
    public ReadOnlyBooleanProperty plansScannedProperty() {
        return plansScanned.getReadOnlyProperty();
    }

    /** Why plans/ could not be read; empty when it could. */
    public ReadOnlyStringProperty plansFailureProperty() {
        return plansFailure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlanDirectory.Entry> selectedPlanProperty() {
        return selectedPlan.getReadOnlyProperty();
    }

    /** The selected plan's errors as the validator writes them ({@code file:line:column: error: message}). */
    public ObservableList<String> problems() {
        return problemsView;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** True while a LIVE incident waits for the commander to type {@link #LIVE_WORD}. */
    public ReadOnlyBooleanProperty confirmingLiveProperty() {
        return confirmingLive.getReadOnlyProperty();
    }

    /** Who each connector will act as in the LIVE incident waiting for confirmation, by connector name. */
    public ReadOnlyObjectProperty<Map<String, String>> liveIdentitiesProperty() {
        return liveIdentities.getReadOnlyProperty();
    }

    /** What the LIVE incident waiting for confirmation will do with the plan's shell commands. */
    public ReadOnlyObjectProperty<LiveShell> liveShellProperty() {
        return liveShell.getReadOnlyProperty();
    }

    /** Whether the selected plan's shell commands may run in the LIVE incident opened next. */
    public ShellChoice openShell() {
        return openShell;
    }

    /** Whether the chosen unfinished LIVE incident's shell commands may run once it is resumed: asked again at every resume. */
    public ShellChoice resumeShell() {
        return resumeShell;
    }

    public ObservableList<Scenario> scenarios() {
        return scenariosView;
    }

    /** The scenario to play; null when the plan has none (the world starts healthy). */
    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    /** The selected plan's drills, as the plan lists them. */
    public ObservableList<Drill> drills() {
        return drillsView;
    }

    /** The drill to play, with its scenario, injects and success criteria; null for none (the scenario alone). */
    public ReadOnlyObjectProperty<Drill> drillProperty() {
        return drill.getReadOnlyProperty();
    }

    /** The selected plan's severity levels (targets.severities), each with its RTO and RPO; empty when it has none. */
    public ObservableList<SeverityTarget> severities() {
        return severitiesView;
    }

    /** The severity level the next incident is held to; null for the plan's overall targets (its scenario names no level). */
    public ReadOnlyObjectProperty<SeverityTarget> severityProperty() {
        return severity.getReadOnlyProperty();
    }

    public ObservableList<UnfinishedIncident> unfinished() {
        return unfinishedView;
    }

    public ReadOnlyObjectProperty<UnfinishedIncident> selectedUnfinishedProperty() {
        return selectedUnfinished.getReadOnlyProperty();
    }

    /** Incidents on disk that were resolved or aborted: each can have its report written. */
    public ObservableList<FinishedIncident> finished() {
        return finishedView;
    }

    public ReadOnlyObjectProperty<FinishedIncident> selectedFinishedProperty() {
        return selectedFinished.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** Why the last open, resume or report failed, to be said in the window's language; {@link StartFailure#NONE} when it did not. */
    public ReadOnlyObjectProperty<StartFailure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ObjectBinding<Blocker> blockerProperty() {
        return blocker;
    }

    public boolean canOpen() {
        return blocker.get() == Blocker.NONE;
    }

    public boolean canResume() {
        UnfinishedIncident chosen = selectedUnfinished.get();
        return chosen != null && chosen.resumable() && !opening.get() && !confirmingLive.get();
    }

    private Blocker currentBlocker() {
        PlanDirectory.Entry plan = selectedPlan.get();
        if (opening.get()) {
            return Blocker.OPENING;
        }
        if (confirmingLive.get()) {
            return Blocker.CONFIRMING_LIVE;
        }
        if (plan == null) {
            return Blocker.NO_PLAN;
        }
        if (!plan.usable()) {
            return Blocker.PLAN_INVALID;
        }
        return Blocker.NONE;
    }

    // ---- commands ----------------------------------------------------------------------------

    /** Reads plans/ (validating each plan) and the incidents folder again. */
    public void refresh() {
        work.execute(() -> {
            try {
                List<PlanDirectory.Entry> found = PlanDirectory.scan(options.plansDirectory(), service::checkPlan);
                fx.execute(() -> {
                    plans.setAll(found);
                    plansFailure.set("");
                    plansScanned.set(true);
                    if (selectedPlan.get() == null) {
                        found.stream().filter(e -> samePath(e.file(), options.plan())).findFirst()
                                .or(() -> found.stream().filter(PlanDirectory.Entry::usable).findFirst())
                                .ifPresent(this::selectPlan);
                        // --drill ID: the command line's drill is chosen on its plan
                        options.drill().filter(id -> selectedPlan.get() != null && samePath(selectedPlan.get().file(), options.plan()))
                                .flatMap(id -> drills.stream().filter(d -> d.id().equals(id)).findFirst()).ifPresent(this::chooseDrill);
                    }
                });
            } catch (Exception e) {
                fx.execute(() -> {
                    plansFailure.set(options.plansDirectory() + ": " + e.getMessage());
                    plansScanned.set(true);
                });
            }
            List<UnfinishedIncident> open = scanUnfinished();
            List<FinishedIncident> over = scanFinished();
            fx.execute(() -> {
                unfinished.setAll(open);
                finished.setAll(over);
            });
        });
    }

    private List<UnfinishedIncident> scanUnfinished() {
        try {
            return UnfinishedIncidents.scan(options.incidentsDirectory(), options.plansDirectory()).stream()
                    .filter(u -> openJournal.map(j -> !j.equals(u.journal().toAbsolutePath().normalize())).orElse(true))
                    .toList();
        } catch (Exception e) {
            return List.of();
        }
    }

    private List<FinishedIncident> scanFinished() {
        try {
            return FinishedIncidents.scan(options.incidentsDirectory());
        } catch (Exception e) {
            return List.of();
        }
    }

    public void selectPlan(PlanDirectory.Entry entry) {
        selectedPlan.set(entry);
        failure.set(StartFailure.NONE);
        problems.setAll(entry == null ? List.of() : errors(entry));
        List<Scenario> offered = entry == null ? List.of() : entry.plan().map(Plan::scenarios).orElse(List.of());
        scenarios.setAll(offered);
        severities.setAll(entry == null ? List.of() : entry.plan().map(p -> p.targets().severities()).orElse(List.of()));
        openShell.offer(entry == null ? List.of() : entry.plan().map(ShellCommands::of).orElse(List.of()));
        scenario.set(entry == null ? null : entry.plan().flatMap(DefaultScenario::of).orElse(offered.isEmpty() ? null : offered.get(0)));
        severity.set(scenarioLevel(scenario.get()));
        drill.set(null);
        drills.setAll(entry == null ? List.of() : entry.plan().map(Plan::drills).orElse(List.of()));
    }

    /** The level the scenario names, on the selected plan; null when it names none. */
    private SeverityTarget scenarioLevel(Scenario chosen) {
        return Optional.ofNullable(selectedPlan.get()).flatMap(PlanDirectory.Entry::plan)
                .flatMap(p -> SeverityLevels.ofScenario(p, Optional.ofNullable(chosen))).orElse(null);
    }

    /** The severity level the next incident is held to: one of the selected plan's levels (anything else is ignored). */
    public void chooseSeverity(SeverityTarget next) {
        if (next != null && severities.contains(next)) {
            severity.set(next);
        }
    }

    private static List<String> errors(PlanDirectory.Entry entry) {
        if (entry.usable()) {
            return List.of();
        }
        List<String> errors = entry.problems().stream().filter(Problem::isError).map(Problem::format).toList();
        return errors.isEmpty() ? List.of(entry.file() + ": cannot be loaded") : errors;
    }

    /** Validates a plan file from anywhere (off the FX thread), lists it and selects it, problems and all. */
    public void openFile(Path file) {
        work.execute(() -> {
            PlanDirectory.Entry entry;
            try {
                PlanValidation.Result result = service.checkPlan(file);
                entry = new PlanDirectory.Entry(file, result.plan(), result.problems());
            } catch (RuntimeException e) {
                entry = new PlanDirectory.Entry(file, Optional.empty(), List.of());
            }
            PlanDirectory.Entry validated = entry;
            fx.execute(() -> {
                plans.removeIf(e -> samePath(e.file(), file));
                plans.add(validated);
                selectPlan(validated);
            });
        });
    }

    /**
     * The mode of the next incident opened here. LIVE asks for the typed word when it opens, after showing the identities;
     * it is not offered while a drill is chosen (a drill runs in TABLETOP or DRILL, and the service refuses it in LIVE).
     */
    public void chooseMode(Mode next) {
        if (next == Mode.LIVE && drill.get() != null) {
            return;
        }
        mode.set(next);
    }

    /**
     * Chooses a drill of the selected plan (null: none). Its scenario becomes the scenario, which cannot be changed while
     * it is chosen; from LIVE the mode goes back to TABLETOP, the safe one, since a drill never runs in LIVE.
     */
    public void chooseDrill(Drill next) {
        if (next != null && !drills.contains(next)) {
            return;
        }
        drill.set(next);
        if (next == null) {
            return;
        }
        if (mode.get() == Mode.LIVE) {
            mode.set(Mode.TABLETOP);
        }
        Optional<Scenario> drilled = Optional.ofNullable(next.scenario())
                .flatMap(id -> scenarios.stream().filter(s -> s.id().equals(id)).findFirst());
        drilled.or(() -> Optional.ofNullable(selectedPlan.get()).flatMap(PlanDirectory.Entry::plan).flatMap(DefaultScenario::of))
                .ifPresent(scenario::set);
    }

    /** Starts the LIVE incident waiting for confirmation when {@code typed} is exactly {@link #LIVE_WORD}; returns whether it did. */
    public boolean confirmLive(String typed) {
        if (!confirmingLive.get() || pendingLive == null || typed == null || !typed.strip().equals(LIVE_WORD)) {
            return false;
        }
        PendingLive confirmed = pendingLive;
        pendingLive = null;
        confirmingLive.set(false);
        launch(() -> confirmed.start().start(confirmed.connectors()));
        return true;
    }

    /** Gives up the LIVE incident waiting for confirmation: its connectors are closed, nothing was journaled. */
    public void cancelLive() {
        PendingLive cancelled = pendingLive;
        pendingLive = null;
        confirmingLive.set(false);
        liveIdentities.set(Map.of());
        liveShell.set(LiveShell.NONE);
        if (cancelled != null) {
            opens.execute(() -> {
                cancelled.connectors().close();
                try {
                    cancelled.onCancel().close();
                } catch (Exception e) {
                    // nothing was journalled; a prepared resume only lets go of its journal
                }
            });
        }
    }

    /** The scenario to play; a chosen drill plays its own, so this waits until no drill is chosen. */
    public void chooseScenario(Scenario next) {
        if (drill.get() == null) {
            scenario.set(next);
        }
    }

    /**
     * Chooses the incident whose journal is {@code journal} (a file the console was started with): an unfinished
     * one is chosen for resuming, a finished one is chosen and its report opened. Call it after {@link #refresh()}:
     * it reads the journal on the same lane, so it lands after the lists are filled. A file that holds no
     * incident says so as the failure.
     */
    public void showJournal(Path journal) {
        work.execute(() -> {
            Optional<UnfinishedIncident> open = UnfinishedIncidents.read(journal, options.plansDirectory());
            Optional<FinishedIncident> over = open.isPresent() ? Optional.empty() : FinishedIncidents.read(journal);
            fx.execute(() -> {
                if (open.isPresent()) {
                    selectUnfinished(listed(unfinished, open.get(), UnfinishedIncident::journal));
                } else if (over.isPresent()) {
                    selectFinished(listed(finished, over.get(), FinishedIncident::journal));
                    report();
                } else {
                    failure.set(StartFailure.saying("start.failed.not-a-journal", journal));
                }
            });
        });
    }

    /** The entry of {@code list} for the same journal as {@code read}, added at the top when the folder's scan left it out. */
    private static <T> T listed(ObservableList<T> list, T read, Function<T, Path> journalOf) {
        for (T entry : list) {
            if (samePath(journalOf.apply(entry), journalOf.apply(read))) {
                return entry;
            }
        }
        list.add(0, read);
        return read;
    }

    public void selectFinished(FinishedIncident next) {
        selectedFinished.set(next);
        failure.set(StartFailure.NONE);
    }

    /**
     * How the report of a finished incident is opened: {@link ReportOpening#open} reads its journal (blocking,
     * run off the FX thread) and returns what shows the report, run on the FX side.
     */
    @FunctionalInterface
    public interface ReportOpening {
        Runnable open(Path journal) throws Exception;
    }

    public void useForReports(ReportOpening opening) {
        this.reportOpening = opening;
    }

    public boolean canReport() {
        return selectedFinished.get() != null && !opening.get() && !confirmingLive.get();
    }

    /** Opens the report of the chosen finished incident; why it cannot be opened shows as the failure. */
    public void report() {
        if (!canReport()) {
            return;
        }
        Path journal = selectedFinished.get().journal();
        ReportOpening how = reportOpening;
        failure.set(StartFailure.NONE);
        work.execute(() -> {
            try {
                Runnable show = how.open(journal);
                fx.execute(show);
            } catch (Exception e) {
                fx.execute(() -> failure.set(StartFailure.of(e)));
            }
        });
    }

    public void selectUnfinished(UnfinishedIncident next) {
        selectedUnfinished.set(next);
        failure.set(StartFailure.NONE);
        resumeShell.offer(List.of());
        if (next != null && next.planFile().isPresent() && Mode.parse(next.mode()).orElse(Mode.LIVE) == Mode.LIVE) {
            work.execute(() -> {
                List<ShellCommands.Command> commands;
                Optional<Plan> plan;
                try {
                    plan = new PlanValidation().validate(next.planFile().get()).plan();
                } catch (RuntimeException e) {
                    return; // resuming says why the plan cannot be used
                }
                if (plan.isEmpty()) {
                    return;
                }
                commands = ShellCommands.of(plan.get());
                fx.execute(() -> {
                    if (selectedUnfinished.get() == next) {
                        resumeShell.offer(commands);
                    }
                });
            });
        }
    }

    /**
     * Opens a new incident on the selected plan, mode and scenario (when {@link #canOpen()}): TABLETOP at once (the plan
     * file is read again: bytes unchanged since this screen checked them open as checked, changed ones are checked again
     * in the room, its steps waiting for that), DRILL at once after its checks, LIVE once the commander has seen the
     * identities and typed the word.
     */
    public void open() {
        if (!canOpen()) {
            return;
        }
        PlanDirectory.Entry entry = selectedPlan.get();
        String planId = entry.plan().orElseThrow().id();
        Optional<Drill> drilled = Optional.ofNullable(drill.get());
        // a drill plays its own scenario: the service takes it from the drill (none named, the plan's failover scenario)
        Optional<String> scenarioId = drilled.isPresent() ? drilled.map(Drill::scenario)
                : Optional.ofNullable(scenario.get()).map(Scenario::id);
        Mode chosen = mode.get();
        boolean allowShell = openShell.allowsNow();
        Optional<String> level = Optional.ofNullable(severity.get()).map(SeverityTarget::id);
        // naming the journal may create the incidents folder: it happens on the opening's lane, with the rest of the opening
        Callable<OpenRequest> request = () -> new OpenRequest(entry.file(), chosen, scenarioId, options.journalFor(planId),
                options.actor(), clock(options), Optional.empty(), Duration.ZERO, allowShell, drilled.map(Drill::id), level);
        if (chosen == Mode.LIVE) {
            askForLive(entry.file(), new LiveShell(openShell.commands().size(), allowShell), () -> {
                PreparedOpen prepared = service.prepareOpen(request.call());
                return new PreparedLive(connectors -> service.openOn(prepared, connectors), () -> { });
            });
        } else {
            launch(() -> RoomOpening.open(service, request.call()));
        }
    }

    /** Resumes the selected unfinished incident (when {@link #canResume()}) in the mode its journal recorded. */
    public void resume() {
        if (!canResume()) {
            return;
        }
        UnfinishedIncident chosen = selectedUnfinished.get();
        Path plan = chosen.planFile().orElseThrow();
        boolean live = Mode.parse(chosen.mode()).orElse(Mode.LIVE) == Mode.LIVE;
        boolean allowShell = live && resumeShell.allowsNow();
        ResumeRequest request = new ResumeRequest(chosen.journal(), Optional.of(plan), options.actor(), clock(options), allowShell);
        if (live) {
            askForLive(plan, new LiveShell(resumeShell.commands().size(), allowShell), () -> {
                PreparedResume prepared = service.prepareResume(request);
                return new PreparedLive(connectors -> service.resumeOn(prepared, connectors), prepared);
            });
        } else {
            launch(() -> service.resume(service.prepareResume(request)));
        }
    }

    /** Starts the connectors (off the FX thread) and asks for the typed word, showing who they act as; a connector that cannot start is a failure. */
    private void askForLive(Path planFile, LiveShell shell, LivePreparation preparation) {
        opening.set(true);
        failure.set(StartFailure.NONE);
        opens.execute(() -> {
            try {
                PreparedLive prepared = preparation.prepare();
                WorldLease connectors;
                try {
                    connectors = service.startConnectors(planFile);
                } catch (RequestRefusedException | RuntimeException e) {
                    prepared.onCancel().close();
                    throw e;
                }
                Map<String, String> identities = connectors.identities();
                fx.execute(() -> {
                    opening.set(false);
                    pendingLive = new PendingLive(connectors, prepared.start(), prepared.onCancel());
                    liveIdentities.set(identities);
                    liveShell.set(shell);
                    confirmingLive.set(true);
                });
            } catch (Exception e) {
                StartFailure why = StartFailure.of(e);
                fx.execute(() -> {
                    opening.set(false);
                    failure.set(why);
                });
            }
        });
    }

    @FunctionalInterface
    private interface Opening {
        IncidentHandle open() throws Exception;
    }

    private void launch(Opening how) {
        opening.set(true);
        failure.set(StartFailure.NONE);
        opens.execute(() -> {
            try {
                IncidentHandle incident = how.open();
                fx.execute(() -> {
                    opening.set(false);
                    onOpened.accept(new Opened(incident));
                });
            } catch (Exception e) {
                StartFailure why = StartFailure.of(e);
                fx.execute(() -> {
                    opening.set(false);
                    failure.set(why);
                });
            }
        });
    }

    private static ClockChoice clock(ConsoleOptions options) {
        return new ClockChoice(options.virtualClock(), options.speed());
    }

    private static boolean samePath(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
