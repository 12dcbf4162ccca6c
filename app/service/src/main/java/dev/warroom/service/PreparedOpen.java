package dev.warroom.service;

import dev.warroom.core.incident.Mode;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A request to open that passed every check: the plan read once, the scenario found (or the plan's
 * failover scenario taken, {@link #scenarioDefaulted}), the title the opening records. Nothing is open
 * or journalled yet.
 */
public record PreparedOpen(OpenRequest request, Plan plan, String planDigest, Optional<Scenario> scenario, boolean scenarioDefaulted) {

    public Mode mode() {
        return request.mode();
    }

    public Path planFile() {
        return request.planFile();
    }

    public Path journal() {
        return request.journal();
    }

    /** The incident's title: the system, then the scenario's. */
    public String title() {
        return plan.system() + scenario.map(s -> " — " + (s.titleEn() != null ? s.titleEn() : s.title())).orElse("");
    }

    /** The ids of the plan's scenarios, for words such as "the plan has: …". */
    public String scenarioIds() {
        return IncidentService.scenarioIds(plan);
    }
}
