package dev.warroom.console.room;

import dev.warroom.connectors.world.RealWorld;
import dev.warroom.core.incident.DefaultScenario;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.journal.JournalReader;
import dev.warroom.core.plan.PlanDigest;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.plan.validate.Problem;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.time.AcceleratedClock;
import dev.warroom.core.time.IncidentClock;
import dev.warroom.core.time.SystemIncidentClock;
import dev.warroom.core.time.VirtualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Opens or resumes an incident for the console: TABLETOP on the simulated world, DRILL and LIVE on
 * the real connectors ({@link RealWorld}) in real time. Whoever opens a LIVE incident first shows the
 * commander who the connectors act as ({@link #connectors}) and waits for the typed word. Blocking
 * (file, SDK and world I/O): call off the FX thread.
 */
public final class IncidentOpener {

    private IncidentOpener() {
    }

    /**
     * What to open: the plan file, the mode, the scenario (empty: in TABLETOP the plan's failover
     * scenario, else none), where to journal, how fast a TABLETOP's time runs (real worlds run in real time),
     * and whether the commander allowed the plan's shell commands (they run only in LIVE).
     */
    public record Request(Path planFile, Mode mode, Optional<String> scenario, Path journal, String actor, boolean virtualClock,
            double speed, boolean allowShell) {

        /** A request whose plan's shell commands are not allowed. */
        public Request(Path planFile, Mode mode, Optional<String> scenario, Path journal, String actor, boolean virtualClock,
                double speed) {
            this(planFile, mode, scenario, journal, actor, virtualClock, speed, false);
        }

        /** A TABLETOP request. */
        public Request(Path planFile, Optional<String> scenario, Path journal, String actor, boolean virtualClock, double speed) {
            this(planFile, Mode.TABLETOP, scenario, journal, actor, virtualClock, speed);
        }
    }

    /** Connectors that cannot start with the settings in the environment; nothing was opened or journaled. */
    public static final class ConnectorsNotStartedException extends IOException {
        private static final long serialVersionUID = 1L;

        ConnectorsNotStartedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A plan that does not validate, with the validator's own messages. */
    public static final class PlanRejectedException extends IOException {
        private static final long serialVersionUID = 1L;

        PlanRejectedException(String message) {
            super(message);
        }
    }

    public static Plan validatedPlan(Path planFile) throws PlanRejectedException {
        PlanValidation.Result result = new PlanValidation().validate(planFile);
        if (!result.passed() || result.plan().isEmpty()) {
            throw new PlanRejectedException(result.problems().stream().filter(Problem::isError).map(Problem::format)
                    .collect(Collectors.joining("\n")));
        }
        return result.plan().get();
    }

    /** Opens a TABLETOP incident. */
    public static IncidentRuntime open(Request request, EventRelay relay) throws IOException {
        if (request.mode() != Mode.TABLETOP) {
            throw new IllegalArgumentException(request.mode() + " opens on the real connectors: use openOnConnectors");
        }
        Plan plan = validatedPlan(request.planFile());
        Optional<Scenario> scenario = scenario(plan, request);
        Files.createDirectories(request.journal().toAbsolutePath().getParent());
        IncidentClock clock = clock(request.virtualClock(), request.speed(), Instant.now().truncatedTo(ChronoUnit.SECONDS));
        return TabletopRuntime.open(new TabletopRuntime.Tabletop(plan, request.planFile().toString(), PlanDigest.sha256(request.planFile()),
                scenario, request.journal(), clock, ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), Duration.ZERO,
                false, request.actor(), title(plan, scenario)), relay);
    }

    /** The real connectors for a plan, set up from the environment; a setting they cannot use is a {@link ConnectorsNotStartedException}. */
    public static RealWorld connectors(Path planFile) throws ConnectorsNotStartedException {
        try {
            return RealWorld.start(planFile);
        } catch (RealWorld.NotStartedException e) {
            throw new ConnectorsNotStartedException(e.getMessage(), e);
        }
    }

    /**
     * Opens a DRILL or LIVE incident on {@code real}, in real time; the journal's opening records who
     * each connector acts as. The incident owns {@code real} from here: if opening fails, it is closed.
     */
    public static OpenedIncident openOnConnectors(Request request, RealWorld real, EventRelay relay) throws IOException {
        try {
            if (request.mode() == Mode.TABLETOP) {
                throw new IllegalArgumentException("TABLETOP runs on the simulated world, not on the real connectors");
            }
            Plan plan = validatedPlan(request.planFile());
            Optional<Scenario> scenario = scenario(plan, request);
            Files.createDirectories(request.journal().toAbsolutePath().getParent());
            IncidentRuntime runtime = IncidentRuntime.open(new IncidentRuntime.Opening(request.mode(), real.world(), real.identitySettings(),
                    IncidentRuntime.REAL_WORLD_BOARD, plan, request.planFile().toString(), PlanDigest.sha256(request.planFile()), scenario,
                    request.journal(), new SystemIncidentClock(), Duration.ZERO, request.allowShell(), request.actor(), title(plan, scenario)),
                    relay);
            return OpenedIncident.onConnectors(runtime, real);
        } catch (IOException | RuntimeException e) {
            real.close();
            throw e;
        }
    }

    /** A new incident in any mode but LIVE, which needs the commander's typed word first (see {@link #openOnConnectors}). */
    public static OpenedIncident openWithoutConfirmation(Request request, EventRelay relay) throws IOException {
        return switch (request.mode()) {
            case TABLETOP -> OpenedIncident.of(open(request, relay));
            case DRILL -> openOnConnectors(request, connectors(request.planFile()), relay);
            case LIVE -> throw new IllegalArgumentException("LIVE opens only after the commander types LIVE");
        };
    }

    public static IncidentRuntime resume(Path planFile, Path journal, String actor, boolean virtualClock, double speed,
            EventRelay relay) throws IOException {
        Plan plan = validatedPlan(planFile);
        Instant last = IncidentRuntime.lastEventTime(JournalReader.read(journal).events());
        return TabletopRuntime.resume(plan, journal, clock(virtualClock, speed, last), false, actor, relay);
    }

    /**
     * Resumes a DRILL or LIVE incident on {@code real}, in the mode its journal's opening recorded, with the
     * commander's choice about the plan's shell commands asked again. The incident owns {@code real} from
     * here: if resuming fails, it is closed.
     */
    public static OpenedIncident resumeOnConnectors(Path planFile, Path journal, String actor, boolean allowShell, RealWorld real,
            EventRelay relay) throws IOException {
        try {
            Plan plan = validatedPlan(planFile);
            IncidentRuntime runtime = IncidentRuntime.resume(real.world(), IncidentRuntime.REAL_WORLD_BOARD, real.identitySettings(), plan,
                    journal, new SystemIncidentClock(), allowShell, actor, relay);
            return OpenedIncident.onConnectors(runtime, real);
        } catch (IOException | RuntimeException e) {
            real.close();
            throw e;
        }
    }

    private static Optional<Scenario> scenario(Plan plan, Request request) {
        if (request.scenario().isPresent()) {
            return plan.scenarios().stream().filter(s -> s.id().equals(request.scenario().get())).findFirst();
        }
        return request.mode() == Mode.TABLETOP ? DefaultScenario.of(plan) : Optional.empty();
    }

    private static String title(Plan plan, Optional<Scenario> scenario) {
        return plan.system() + scenario.map(s -> " — " + (s.titleEn() != null ? s.titleEn() : s.title())).orElse("");
    }

    private static IncidentClock clock(boolean virtual, double speed, Instant start) {
        return virtual ? new VirtualClock(start) : new AcceleratedClock(start, speed);
    }
}
