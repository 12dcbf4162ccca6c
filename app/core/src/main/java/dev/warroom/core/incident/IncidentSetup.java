package dev.warroom.core.incident;

import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.plan.model.SeverityTarget;
import dev.warroom.core.time.IncidentClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an incident runs with. {@code planFile} and {@code planDigest} are recorded so a
 * report can say exactly which plan was run, and {@code planText} (the file's exact text) so that a
 * resume and a report run that very plan whatever became of the file; {@code worldSettings} (e.g. the simulated world's
 * seed) so a resume can rebuild the same world. {@code severity} is the plan's severity level the incident is held
 * to (empty given: the level the scenario names, if it names one; still empty: the plan's overall targets).
 */
public record IncidentSetup(
        Plan plan,
        String planFile,
        String planDigest,
        Optional<Scenario> scenario,
        Instant impactStartedAt,
        EventSink sink,
        ActionDispatcher dispatcher,
        LiveState live,
        IncidentClock clock,
        String worldName,
        Map<String, String> worldSettings,
        Duration pollInterval,
        String planText,
        Optional<PlayedDrill> drill,
        Optional<SeverityTarget> severity) {

    public IncidentSetup {
        worldSettings = Map.copyOf(worldSettings);
        planText = planText == null ? "" : planText;
        drill = drill == null ? Optional.empty() : drill;
        severity = severity == null || severity.isEmpty() ? SeverityLevels.ofScenario(plan, scenario) : severity;
    }

    /** A setup held to the level its scenario names, if any. */
    public IncidentSetup(Plan plan, String planFile, String planDigest, Optional<Scenario> scenario, Instant impactStartedAt,
            EventSink sink, ActionDispatcher dispatcher, LiveState live, IncidentClock clock, String worldName,
            Map<String, String> worldSettings, Duration pollInterval, String planText, Optional<PlayedDrill> drill) {
        this(plan, planFile, planDigest, scenario, impactStartedAt, sink, dispatcher, live, clock, worldName, worldSettings,
                pollInterval, planText, drill, Optional.empty());
    }

    /** A setup that plays no drill. */
    public IncidentSetup(Plan plan, String planFile, String planDigest, Optional<Scenario> scenario, Instant impactStartedAt,
            EventSink sink, ActionDispatcher dispatcher, LiveState live, IncidentClock clock, String worldName,
            Map<String, String> worldSettings, Duration pollInterval, String planText) {
        this(plan, planFile, planDigest, scenario, impactStartedAt, sink, dispatcher, live, clock, worldName, worldSettings,
                pollInterval, planText, Optional.empty());
    }

    /** A setup that keeps no copy of the plan's text in the journal (a resume: the opening already holds it). */
    public IncidentSetup(Plan plan, String planFile, String planDigest, Optional<Scenario> scenario, Instant impactStartedAt,
            EventSink sink, ActionDispatcher dispatcher, LiveState live, IncidentClock clock, String worldName,
            Map<String, String> worldSettings, Duration pollInterval) {
        this(plan, planFile, planDigest, scenario, impactStartedAt, sink, dispatcher, live, clock, worldName, worldSettings,
                pollInterval, "");
    }
}
