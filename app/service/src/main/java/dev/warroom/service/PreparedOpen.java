package dev.warroom.service;

import dev.warroom.core.incident.Mode;
import dev.warroom.core.incident.SeverityLevels;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.plan.model.SeverityTarget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A request to open that passed every check: the plan read once (its text is kept in the journal's
 * opening, so resume and report run this very plan), the scenario found (or the plan's
 * failover scenario taken, {@link #scenarioDefaulted}), the title the opening records. Nothing is open
 * or journalled yet. {@code drill} is the plan's drill to play, whose scenario is then the scenario. {@code severity}
 * is the plan's severity level the incident is held to (the one asked for, else the scenario's); empty, the
 * plan's overall targets.
 */
public record PreparedOpen(OpenRequest request, Plan plan, String planDigest, String planText, Optional<Scenario> scenario,
        boolean scenarioDefaulted, Optional<Drill> drill, Optional<SeverityTarget> severity) {

    public PreparedOpen {
        severity = severity == null ? Optional.empty() : severity;
    }

    /** A prepared opening held to the level its scenario names, if any. */
    public PreparedOpen(OpenRequest request, Plan plan, String planDigest, String planText, Optional<Scenario> scenario,
            boolean scenarioDefaulted, Optional<Drill> drill) {
        this(request, plan, planDigest, planText, scenario, scenarioDefaulted, drill,
                SeverityLevels.ofScenario(plan, scenario));
    }

    /** A prepared opening that plays no drill. */
    public PreparedOpen(OpenRequest request, Plan plan, String planDigest, String planText, Optional<Scenario> scenario,
            boolean scenarioDefaulted) {
        this(request, plan, planDigest, planText, scenario, scenarioDefaulted, Optional.empty());
    }

    public Mode mode() {
        return request.mode();
    }

    public Path planFile() {
        return request.planFile();
    }

    public Path journal() {
        return request.journal();
    }

    /** The incident's title: the system, then the drill's title when one is played, else the scenario's. */
    public String title() {
        if (drill.isPresent()) {
            Drill d = drill.get();
            return plan.system() + " — " + (d.titleEn() != null ? d.titleEn() : d.title());
        }
        return plan.system() + scenario.map(s -> " — " + (s.titleEn() != null ? s.titleEn() : s.title())).orElse("");
    }

    /** The recovery time objective the incident will be held to: its level's, else the plan's. */
    public Duration rtoTarget() {
        return severity.map(SeverityTarget::rto).orElse(plan.targets().rto());
    }

    /** The recovery point objective the incident will be held to: its level's, else the plan's. */
    public Duration rpoTarget() {
        return severity.map(SeverityTarget::rpo).orElse(plan.targets().rpo());
    }

    /** The ids of the plan's scenarios, for words such as "the plan has: …". */
    public String scenarioIds() {
        return IncidentService.scenarioIds(plan);
    }
}
