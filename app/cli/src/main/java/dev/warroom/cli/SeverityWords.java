package dev.warroom.cli;

import dev.warroom.core.incident.SeverityLevels;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.SeverityTarget;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.core.time.DurationText;
import dev.warroom.service.PreparedOpen;
import java.io.PrintWriter;
import java.util.Optional;

/** The plan's severity levels in the terminal's words: the one an incident opens at, and the list {@code warroom plans} shows. */
final class SeverityWords {

    private SeverityWords() {
    }

    /**
     * The level the incident opens at and where it came from, or, on a plan with levels, that none applies and how to choose
     * one; nothing for a plan without levels.
     */
    static Optional<String> describe(PreparedOpen prepared, boolean asked, TextLanguage language) {
        Plan plan = prepared.plan();
        if (prepared.severity().isPresent()) {
            SeverityTarget level = prepared.severity().get();
            String from = asked ? "--severity" : "the scenario's level";
            return Optional.of("Severity: " + line(level, language) + " (" + from + "; the plan's levels: " + SeverityLevels.ids(plan) + ")");
        }
        if (plan.targets().severities().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Severity: none chosen — the plan's overall targets, RTO " + DurationText.human(plan.targets().rto()) + ", RPO "
                + DurationText.human(plan.targets().rpo()) + " (--severity ID chooses one of: " + SeverityLevels.ids(plan) + ")");
    }

    /** {@code Major failure (major) — RTO 4h, RPO 1h}. */
    static String line(SeverityTarget level, TextLanguage language) {
        return language.pick(level.title(), level.titleEn()) + " (" + level.id() + ") — RTO " + DurationText.human(level.rto()) + ", RPO "
                + DurationText.human(level.rpo());
    }

    /** The plan's levels under {@code warroom plans}. */
    static void list(Plan plan, TextLanguage language, PrintWriter out) {
        out.println("  severity levels (--severity ID):");
        if (plan.targets().severities().isEmpty()) {
            out.println("    none: every incident is held to the plan's RTO " + DurationText.human(plan.targets().rto()) + ", RPO "
                    + DurationText.human(plan.targets().rpo()));
        }
        for (SeverityTarget level : plan.targets().severities()) {
            out.println("    " + level.id() + ": " + language.pick(level.title(), level.titleEn()) + " — RTO " + DurationText.human(level.rto())
                    + ", RPO " + DurationText.human(level.rpo()));
        }
    }
}
