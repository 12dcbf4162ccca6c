package dev.warroom.core.incident;

import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.plan.model.SeverityTarget;
import java.util.Optional;

/**
 * The plan's severity levels ({@code targets.severities}), each with its own RTO and RPO. An incident is held to
 * one of them when it opens: the one asked for, else the one its scenario names, else the plan's overall targets.
 */
public final class SeverityLevels {

    private SeverityLevels() {
    }

    /** The level with this id, if the plan has it. */
    public static Optional<SeverityTarget> find(Plan plan, String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return plan.targets().severities().stream().filter(s -> s.id().equals(id.strip())).findFirst();
    }

    /** The level the scenario names in its {@code severity}, when that names one of the plan's levels. */
    public static Optional<SeverityTarget> ofScenario(Plan plan, Optional<Scenario> scenario) {
        return scenario.map(Scenario::severity).flatMap(id -> find(plan, id));
    }

    /** The ids of the plan's levels, for words such as "the plan's levels are: …". */
    public static String ids(Plan plan) {
        return plan.targets().severities().isEmpty() ? "none"
                : String.join(", ", plan.targets().severities().stream().map(SeverityTarget::id).toList());
    }

    /** The level's name in English where the plan gives one, else as written. */
    public static String name(SeverityTarget level) {
        return level.titleEn() != null && !level.titleEn().isBlank() ? level.titleEn() : level.title();
    }
}
