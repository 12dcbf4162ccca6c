package dev.warroom.core.tabletop;

import dev.warroom.core.board.BoardSettings;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.incident.PlanClearance;
import dev.warroom.core.incident.WorldReplay;
import dev.warroom.core.journal.Journal;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.plan.model.SeverityTarget;
import dev.warroom.core.sim.SimulatedWorld;
import dev.warroom.core.time.IncidentClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A TABLETOP incident: the engine ({@code core.incident}) on the simulated world ({@code core.sim}). It lives
 * apart from both so that the engine names no particular world.
 */
public final class TabletopRuntime {

    private TabletopRuntime() {
    }

    /** What a new tabletop incident is opened with; {@code severity} is the level it is held to (empty: its scenario's, if any). */
    public record Tabletop(Plan plan, String planFile, String planDigest, Optional<Scenario> scenario, Path journalFile,
            IncidentClock clock, long seed, Duration detectedAfter, boolean allowShell, String actor, String title, String planText,
            Optional<Drill> drill, Optional<SeverityTarget> severity) {

        public Tabletop {
            drill = drill == null ? Optional.empty() : drill;
            severity = severity == null ? Optional.empty() : severity;
        }

        /** A tabletop held to the level its scenario names, if any. */
        public Tabletop(Plan plan, String planFile, String planDigest, Optional<Scenario> scenario, Path journalFile,
                IncidentClock clock, long seed, Duration detectedAfter, boolean allowShell, String actor, String title, String planText,
                Optional<Drill> drill) {
            this(plan, planFile, planDigest, scenario, journalFile, clock, seed, detectedAfter, allowShell, actor, title, planText, drill,
                    Optional.empty());
        }

        /** The same tabletop, held to the plan's severity {@code level}. */
        public Tabletop withSeverity(SeverityTarget level) {
            return new Tabletop(plan, planFile, planDigest, scenario, journalFile, clock, seed, detectedAfter, allowShell, actor, title,
                    planText, drill, Optional.of(level));
        }

        /** A tabletop that plays no drill. */
        public Tabletop(Plan plan, String planFile, String planDigest, Optional<Scenario> scenario, Path journalFile,
                IncidentClock clock, long seed, Duration detectedAfter, boolean allowShell, String actor, String title, String planText) {
            this(plan, planFile, planDigest, scenario, journalFile, clock, seed, detectedAfter, allowShell, actor, title, planText,
                    Optional.empty());
        }

        /** The same tabletop, playing the plan's {@code drill}. */
        public Tabletop withDrill(Drill played) {
            return new Tabletop(plan, planFile, planDigest, scenario, journalFile, clock, seed, detectedAfter, allowShell, actor, title,
                    planText, Optional.of(played), severity);
        }

        /** A tabletop that keeps no copy of the plan's text in the journal (tests, plans built in memory). */
        public Tabletop(Plan plan, String planFile, String planDigest, Optional<Scenario> scenario, Path journalFile,
                IncidentClock clock, long seed, Duration detectedAfter, boolean allowShell, String actor, String title) {
            this(plan, planFile, planDigest, scenario, journalFile, clock, seed, detectedAfter, allowShell, actor, title, "");
        }
    }

    /**
     * Opens a TABLETOP incident on the simulated world; {@code onRecorded} sees each event of this session
     * once it is durable and folded, on a delivery thread of its own.
     */
    public static IncidentRuntime open(Tabletop t, Consumer<IncidentEvent> onRecorded) throws IOException {
        return open(t, Journal.FSYNC, onRecorded);
    }

    /** As {@link #open(Tabletop, Consumer)}, its journal forcing each event to disk through {@code durability} (tests). */
    public static IncidentRuntime open(Tabletop t, Journal.Durability durability, Consumer<IncidentEvent> onRecorded) throws IOException {
        return open(t, durability, PlanClearance.CLEARED, onRecorded);
    }

    /**
     * As {@link #open(Tabletop, Journal.Durability, Consumer)} on a plan whose checks have not run yet: no action runs
     * until {@code clearance} says they passed.
     */
    public static IncidentRuntime open(Tabletop t, Journal.Durability durability, PlanClearance clearance, Consumer<IncidentEvent> onRecorded)
            throws IOException {
        Instant impact = t.clock().now().minus(t.detectedAfter());
        SimulatedWorld world = scenarioWorld(t.plan(), t.clock(), t.seed(), t.scenario(), impact);
        return IncidentRuntime.open(new IncidentRuntime.Opening(Mode.TABLETOP, world, Map.of("seed", Long.toString(t.seed())),
                BoardSettings.defaults(), t.plan(), t.planFile(), t.planDigest(), t.scenario(), t.journalFile(), t.clock(),
                t.detectedAfter(), t.allowShell(), t.actor(), t.title(), t.planText(), t.drill(), t.severity()), durability, clearance,
                onRecorded);
    }

    /**
     * Resumes a TABLETOP incident: rebuilds the simulated world from the journal (same seed, the
     * scenario's faults, every action that was started, at its start time) and records the resume.
     */
    public static IncidentRuntime resume(Plan plan, Path journalFile, IncidentClock clock, boolean allowShell, String actor,
            Consumer<IncidentEvent> onRecorded) throws IOException {
        return IncidentRuntime.resumeTabletop(plan, journalFile, clock, allowShell, actor, onRecorded, rebuild(plan, clock));
    }

    /** As {@link #resume(Plan, Path, IncidentClock, boolean, String, Consumer)} on a journal already open (closed if this fails). */
    public static IncidentRuntime resume(Plan plan, Journal journal, IncidentClock clock, boolean allowShell, String actor,
            Consumer<IncidentEvent> onRecorded) throws IOException {
        return IncidentRuntime.resumeTabletop(plan, journal, clock, allowShell, actor, onRecorded, rebuild(plan, clock));
    }

    private static IncidentRuntime.WorldRebuild rebuild(Plan plan, IncidentClock clock) {
        return (seed, scenario, impact, history) -> {
            SimulatedWorld world = scenarioWorld(plan, clock, seed, scenario, impact);
            WorldReplay.actionsStarted(plan, history, world::replay);
            WorldReplay.injectsFired(history, world::inject);
            return world;
        };
    }

    /**
     * The simulated world of a TABLETOP: seeded, in the state the scenario's {@code startsAfter} procedures leave, with the
     * scenario's faults in place from the impact on.
     */
    private static SimulatedWorld scenarioWorld(Plan plan, IncidentClock clock, long seed, Optional<Scenario> scenario, Instant impact) {
        SimulatedWorld world = new SimulatedWorld(plan, clock, seed);
        scenario.ifPresent(s -> WorldReplay.scenarioStartsAfter(plan, s, impact, world::replay));
        scenario.ifPresent(s -> s.faults().forEach(f -> world.inject(f, impact)));
        return world;
    }
}
