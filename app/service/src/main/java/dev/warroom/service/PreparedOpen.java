package dev.warroom.service;

import dev.warroom.core.incident.Mode;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A request to open that passed every check: the plan read once (its text is kept in the journal's
 * opening, so resume and report run this very plan), the scenario found (or the plan's
 * failover scenario taken, {@link #scenarioDefaulted}), the title the opening records. Nothing is open
 * or journalled yet. {@code drill} is the plan's drill to play, whose scenario is then the scenario.
 */
public record PreparedOpen(OpenRequest request, Plan plan, String planDigest, String planText, Optional<Scenario> scenario,
        boolean scenarioDefaulted, Optional<Drill> drill) {

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

    /** The ids of the plan's scenarios, for words such as "the plan has: …". */
    public String scenarioIds() {
        return IncidentService.scenarioIds(plan);
    }
}
