package dev.warroom.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.core.incident.DefaultScenario;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.incident.JournalEventSink;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.incident.ResumeReads;
import dev.warroom.core.incident.SeverityLevels;
import dev.warroom.core.journal.Journal;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalVerifier;
import dev.warroom.core.journal.Verdict;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.plan.model.SeverityTarget;
import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.time.IncidentClock;
import dev.warroom.core.time.SystemIncidentClock;
import dev.warroom.service.words.ServiceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one place that opens, resumes and closes incidents, for the terminal and the console alike. It
 * checks a request (plan, mode, scenario, journal, shell permission) with one set of words, builds the
 * world (the simulated one for a TABLETOP, the real connectors for DRILL and LIVE), and hands back an
 * {@link IncidentHandle} that owns everything it opened. Real worlds open in two phases, so a front end
 * can show who the connectors act as and ask for LIVE first: {@link #startConnectors}, then
 * {@link #openOn}/{@link #resumeOn}, or close the lease to cancel. Blocking (files, connectors): call it
 * off a UI thread.
 */
public final class IncidentService {

    private final WorldLease.Starter connectors;
    private final PassedPlanFiles passedPlanFiles = new PassedPlanFiles();

    /** A service that starts the real connectors from the environment. */
    public IncidentService() {
        this(RealWorldLease::start);
    }

    /** A service with its own way of starting the real world (tests). */
    public IncidentService(WorldLease.Starter connectors) {
        this.connectors = connectors;
    }

    // ---- opening ------------------------------------------------------------------------------

    /**
     * Runs a plan file's checks as {@code warroom validate} does, on its bytes read once (a start screen lists plans with
     * them). A TABLETOP that {@link #openBeforeChecking} opens later on exactly the bytes that passed here (the same
     * SHA-256) opens as checked; a file changed since is checked again in its room.
     */
    public PlanValidation.Result checkPlan(Path file) {
        Optional<byte[]> bytes = CheckedPlan.readWithinLimits(file);
        if (bytes.isEmpty()) {
            return new PlanValidation().validate(file);
        }
        PlanValidation.Result result = new PlanValidation().validate(file.toString(), bytes.get());
        passedPlanFiles.note(file, bytes.get(), result);
        return result;
    }

    /** Checks a request to open: the journal, then the plan (read once), then the scenario. Nothing is written. */
    public PreparedOpen prepareOpen(OpenRequest request) throws RequestRefusedException, IOException {
        checkNewJournal(request.journal());
        return prepareOpen(request, CheckedPlan.read(request.planFile()));
    }

    private PreparedOpen prepareOpen(OpenRequest request, CheckedPlan checked) throws RequestRefusedException {
        Plan plan = checked.plan();
        Optional<Drill> drill = drillOf(request, plan);
        Optional<Scenario> scenario;
        boolean defaulted = false;
        if (drill.isPresent() && drill.get().scenario() != null && !drill.get().scenario().isBlank()) {
            String id = drill.get().scenario();
            scenario = plan.scenarios().stream().filter(s -> s.id().equals(id)).findFirst();
            if (scenario.isEmpty()) {
                throw new RequestRefusedException(RequestRefusedException.Kind.PROBLEMS,
                        ServiceText.of("open.drill-scenario-missing", drill.get().id(), id, request.planFile()));
            }
        } else if (request.scenario().isPresent()) {
            String id = request.scenario().get();
            scenario = plan.scenarios().stream().filter(s -> s.id().equals(id)).findFirst();
            if (scenario.isEmpty()) {
                throw new RequestRefusedException(RequestRefusedException.Kind.USAGE,
                        ServiceText.of("open.no-scenario", id, request.planFile(), scenarioIds(plan)));
            }
        } else if (request.mode() != Mode.LIVE) {
            scenario = DefaultScenario.of(plan);
            defaulted = scenario.isPresent();
        } else {
            scenario = Optional.empty();
        }
        Optional<SeverityTarget> severity = severityOf(request, plan, scenario);
        checked.requireLiveCapable(request.mode());
        return new PreparedOpen(request, plan, checked.digest(), checked.text(), scenario, defaulted, drill, severity);
    }

    /**
     * The severity level the incident is held to: the one asked for (refused, naming the plan's levels, when the
     * plan has no such level), else the one the scenario names; empty, the plan's overall targets.
     */
    private static Optional<SeverityTarget> severityOf(OpenRequest request, Plan plan, Optional<Scenario> scenario)
            throws RequestRefusedException {
        if (request.severity().isEmpty()) {
            return SeverityLevels.ofScenario(plan, scenario);
        }
        String id = request.severity().get();
        Optional<SeverityTarget> level = SeverityLevels.find(plan, id);
        if (level.isEmpty()) {
            throw usage(plan.targets().severities().isEmpty() ? ServiceText.of("open.no-severity.none", id, request.planFile())
                    : ServiceText.of("open.no-severity", id, request.planFile(), SeverityLevels.ids(plan)));
        }
        return level;
    }

    /**
     * The plan's drill the request asks for: it must be in the plan, run in TABLETOP or DRILL, and play the
     * scenario asked for, if one was (the drill's own scenario is the incident's).
     */
    private static Optional<Drill> drillOf(OpenRequest request, Plan plan) throws RequestRefusedException {
        if (request.drill().isEmpty()) {
            return Optional.empty();
        }
        String id = request.drill().get();
        Drill drill = plan.drills().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(() -> new RequestRefusedException(
                RequestRefusedException.Kind.USAGE, ServiceText.of("open.no-drill", id, request.planFile(), plan.drills().isEmpty()
                        ? ServiceText.of("open.no-drills") : String.join(", ", plan.drills().stream().map(Drill::id).toList()))));
        if (request.mode() == Mode.LIVE) {
            throw usage(ServiceText.of("open.drill-not-live", id));
        }
        String own = drill.scenario() == null ? "" : drill.scenario();
        if (request.scenario().isPresent() && !own.isBlank() && !request.scenario().get().equals(own)) {
            throw usage(ServiceText.of("open.drill-other-scenario", id, own, request.scenario().get()));
        }
        return Optional.of(drill);
    }

    /** The journal's own check, so a refused journal reads the same from every front end and from the journal itself. */
    private static void checkNewJournal(Path journal) throws IOException {
        Journal.requireCreatable(journal);
    }

    /**
     * Opens a TABLETOP before its plan's checks run, so that a front end shows the incident at once: the plan is read
     * and bound as written, the journal, scenario, drill and severity checked as {@link #prepareOpen} does, and every
     * action is held until {@link IncidentHandle#planCheck()} has run and passed (for good, if it fails). A plan whose
     * very bytes passed {@link #checkPlan} opens as checked. A plan that does not even bind is checked first and refused
     * in the checks' words. DRILL and LIVE are checked before they open, as {@link #prepareOpen} and {@link #open} do.
     */
    public IncidentHandle openBeforeChecking(OpenRequest request) throws RequestRefusedException, IOException {
        if (request.mode() != Mode.TABLETOP) {
            return open(prepareOpen(request));
        }
        checkNewJournal(request.journal());
        Optional<CheckedPlan.Unchecked> unchecked = CheckedPlan.readBeforeChecking(request.planFile());
        if (unchecked.isEmpty()) {
            return open(prepareOpen(request, CheckedPlan.read(request.planFile())));
        }
        PreparedOpen prepared = prepareOpen(request, unchecked.get().plan());
        if (passedPlanFiles.passed(request.planFile(), prepared.planDigest())) {
            return open(prepared);
        }
        PlanCheck check = unchecked.get().check();
        IncidentRuntime runtime = TabletopRuntime.open(tabletop(prepared), Journal.FSYNC, check.clearance(), event -> { });
        check.recordFailureWith(runtime.incident()::planChecksFailed);
        return new IncidentHandle(runtime, Optional.empty(), request.actor(), check);
    }

    /** Starts the real connectors for a plan, so the commander can see who they act as before anything opens. */
    public WorldLease startConnectors(Path planFile) throws RequestRefusedException {
        return connectors.start(planFile);
    }

    /** Opens a TABLETOP on the simulated world, or a DRILL on connectors it starts itself. LIVE needs {@link #openOn}. */
    public IncidentHandle open(PreparedOpen prepared) throws RequestRefusedException, IOException {
        return switch (prepared.mode()) {
            case TABLETOP -> {
                IncidentRuntime runtime = TabletopRuntime.open(tabletop(prepared), event -> { });
                yield new IncidentHandle(runtime, Optional.empty(), prepared.request().actor());
            }
            case DRILL -> openOn(prepared, startConnectors(prepared.planFile()));
            case LIVE -> throw usage(liveNeedsConfirmation());
        };
    }

    private static TabletopRuntime.Tabletop tabletop(PreparedOpen prepared) {
        OpenRequest r = prepared.request();
        IncidentClock clock = r.clock().clockFor(Mode.TABLETOP, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        long seed = r.seed().orElseGet(() -> ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
        return new TabletopRuntime.Tabletop(prepared.plan(), r.planFile().toString(), prepared.planDigest(), prepared.scenario(),
                r.journal(), clock, seed, r.detectedAfter(), r.allowShell(), r.actor(), prepared.title(), prepared.planText(),
                prepared.drill(), prepared.severity());
    }

    /** Opens a DRILL or LIVE incident on {@code world}, which the incident owns from here: it is closed if opening fails. */
    public IncidentHandle openOn(PreparedOpen prepared, WorldLease world) throws IOException {
        try {
            OpenRequest r = prepared.request();
            if (r.mode() == Mode.TABLETOP) {
                throw new IllegalArgumentException("a TABLETOP runs on the simulated world, not on the real connectors");
            }
            IncidentClock clock = r.clock().clockFor(r.mode(), Instant.now().truncatedTo(ChronoUnit.SECONDS));
            IncidentRuntime runtime = IncidentRuntime.open(new IncidentRuntime.Opening(r.mode(), world.world(), world.identitySettings(),
                    IncidentRuntime.REAL_WORLD_BOARD, prepared.plan(), r.planFile().toString(), prepared.planDigest(), prepared.scenario(),
                    r.journal(), clock, r.detectedAfter(), r.allowShell(), r.actor(), prepared.title(), prepared.planText(),
                    prepared.drill(), prepared.severity()), event -> { });
            return new IncidentHandle(runtime, Optional.of(world), r.actor());
        } catch (IOException | RuntimeException e) {
            world.close();
            throw e;
        }
    }

    // ---- resuming -----------------------------------------------------------------------------

    /**
     * Checks a request to resume, reading the journal once and keeping it open: the incident is there and
     * not over, and its plan is there and validates (a plan changed since is a warning). Close the
     * result if it is not resumed.
     */
    public PreparedResume prepareResume(ResumeRequest request) throws RequestRefusedException, IOException {
        Path file = request.journal();
        if (!Files.exists(file)) {
            throw usage(ServiceText.of("resume.no-journal", file));
        }
        // the journal's clock and the incident's are one: it starts at the last event the same read found
        AtomicReference<Instant> lastEvent = new AtomicReference<>();
        AtomicReference<IncidentClock> clock = new AtomicReference<>();
        // a damaged, locked or unreadable journal is the journal's own exception, in its own words
        // a checkpoint beside it spares decoding the data of events the resume does not read (they wait until asked for)
        Journal journal = Journal.openToResume(file, events -> {
            lastEvent.set(events.isEmpty() ? Instant.now() : events.get(events.size() - 1).time());
            clock.set(request.clock().clockFor(modeOf(events), lastEvent.get()));
            return clock.get();
        }, ResumeReads.EVENT_TYPES);
        try {
            // adopting a plan holds every reached node, procedure and step against it: that reads every event
            List<JournalEvent> events = request.adoptPlan().isPresent() ? journal.events() : journal.decodedEvents();
            JournalEvent opened = opening(events).orElseThrow(() -> new RequestRefusedException(RequestRefusedException.Kind.PROBLEMS,
                    ServiceText.of("resume.no-incident", file)));
            if (events.stream().anyMatch(e -> e.type().equals(EventTypes.RESOLVED) || e.type().equals(EventTypes.ABORTED))
                    && !drillStillOpen(events)) {
                throw usage(ServiceText.of("resume.over", file));
            }
            JsonNode data = opened.data();
            PlanToResume.Decision plan = PlanToResume.decide(events.stream().map(JournalEventSink::toIncidentEvent).toList(), request);
            List<String> warnings = new java.util.ArrayList<>(plan.warnings());
            journal.checkpointIgnored().ifPresent(warnings::add);
            return new PreparedResume(request, journal, clock.get(), modeOf(events), plan.plan().plan(), plan.plan().file(), data,
                    lastEvent.get(), journal.eventCount(), warnings, plan.adoption());
        } catch (RequestRefusedException | RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    /** Resumes a TABLETOP on its rebuilt simulated world, or a DRILL on connectors it starts itself. LIVE needs {@link #resumeOn}. */
    public IncidentHandle resume(PreparedResume prepared) throws RequestRefusedException, IOException {
        return switch (prepared.mode()) {
            case TABLETOP -> {
                ResumeRequest r = prepared.request();
                IncidentRuntime runtime = TabletopRuntime.resume(prepared.plan(), prepared.takeJournal(), prepared.clock(),
                        r.allowShell(), r.actor(), event -> { });
                yield new IncidentHandle(runtime, Optional.empty(), r.actor());
            }
            case DRILL -> {
                WorldLease world;
                try {
                    world = startConnectors(prepared.planFile());
                } catch (RequestRefusedException e) {
                    prepared.close();
                    throw e;
                }
                yield resumeOn(prepared, world);
            }
            case LIVE -> {
                prepared.close();
                throw usage(liveNeedsConfirmation());
            }
        };
    }

    /** Resumes a DRILL or LIVE incident on {@code world}, which the incident owns from here: it is closed if resuming fails. */
    public IncidentHandle resumeOn(PreparedResume prepared, WorldLease world) throws IOException {
        try {
            ResumeRequest r = prepared.request();
            IncidentRuntime runtime = IncidentRuntime.resume(world.world(), IncidentRuntime.REAL_WORLD_BOARD, world.identitySettings(),
                    prepared.plan(), prepared.takeJournal(), prepared.clock(), r.allowShell(), r.actor(), event -> { });
            return new IncidentHandle(runtime, Optional.of(world), r.actor());
        } catch (IOException | RuntimeException e) {
            try {
                prepared.close();
            } finally {
                world.close();
            }
            throw e;
        }
    }

    // ---- amending a finished incident --------------------------------------------------------

    /**
     * Reopens the journal of a finished incident to add the report author's entries, recorded as {@code actor}.
     * The journal must verify first (chain and seals): one that does not is refused, in the verifier's words,
     * and left as it is. An incident not over yet is refused too: its fields are set while it runs. The
     * journal is locked as for a resume, so a WarRoom still running it refuses this, and this refuses it.
     */
    public JournalAmendment amend(Path file, String actor) throws RequestRefusedException, IOException {
        if (actor == null || actor.isBlank()) {
            throw usage(ServiceText.of("amend.no-actor"));
        }
        if (!Files.exists(file)) {
            throw usage(ServiceText.of("resume.no-journal", file));
        }
        Verdict verdict = JournalVerifier.verify(file);
        if (!verdict.ok()) {
            throw new RequestRefusedException(RequestRefusedException.Kind.PROBLEMS,
                    ServiceText.of("amend.not-verified", file, ServiceText.verbatim(verdict.message())));
        }
        Journal journal = Journal.open(file, new SystemIncidentClock());
        try {
            if (!journal.head().equals(verdict.lastHash())) {
                throw new RequestRefusedException(RequestRefusedException.Kind.PROBLEMS,
                        ServiceText.of("amend.changed", file));
            }
            List<JournalEvent> events = journal.events();
            if (opening(events).isEmpty()) {
                throw new RequestRefusedException(RequestRefusedException.Kind.PROBLEMS,
                        ServiceText.of("amend.no-incident", file));
            }
            if (events.stream().noneMatch(e -> e.type().equals(EventTypes.RESOLVED) || e.type().equals(EventTypes.ABORTED))) {
                throw usage(ServiceText.of("amend.not-over", file));
            }
            return new JournalAmendment(journal, actor.strip());
        } catch (RequestRefusedException | RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    // ---- words and helpers --------------------------------------------------------------------

    static String scenarioIds(Plan plan) {
        return String.join(", ", plan.scenarios().stream().map(Scenario::id).toList());
    }

    private static ServiceText liveNeedsConfirmation() {
        return ServiceText.of("open.live-needs-confirmation");
    }

    private static RequestRefusedException usage(ServiceText words) {
        return new RequestRefusedException(RequestRefusedException.Kind.USAGE, words);
    }

    /**
     * Whether the journal's incident plays a drill not closed yet: such an incident resumes after it ended,
     * for the facilitator's verdicts, hot wash, cleanup and closing.
     */
    private static boolean drillStillOpen(List<JournalEvent> events) {
        boolean plays = opening(events).map(e -> !e.data().path("drill").asText("").isEmpty()).orElse(false);
        return plays && events.stream().noneMatch(e -> EventTypes.DRILL_CLOSED.equals(e.type()));
    }

    private static Optional<JournalEvent> opening(List<JournalEvent> events) {
        return events.stream().filter(e -> EventTypes.OPENED.equals(e.type())).findFirst();
    }

    /** The mode a journal's opening recorded; a journal that does not say is treated as LIVE, the careful choice. */
    private static Mode modeOf(List<JournalEvent> events) {
        return opening(events).flatMap(e -> Mode.parse(e.data().path("mode").asText(""))).orElse(Mode.LIVE);
    }

}
