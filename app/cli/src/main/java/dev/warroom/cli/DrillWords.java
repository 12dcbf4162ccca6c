package dev.warroom.cli;

import dev.warroom.core.plan.model.CriterionMetric;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.DrillType;
import dev.warroom.core.plan.model.SuccessCriterion;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.core.time.DurationText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plan's drill in the terminal's words: what it is, who takes part and what counts as success, each
 * criterion with the drill's own target. Its injects are only counted: the terminal may be the team's screen too.
 */
final class DrillWords {

    private DrillWords() {
    }

    /** What {@code run --drill} prints before the incident opens. */
    static void describe(Drill drill, TextLanguage language, PrintWriter terminal) {
        PrintWriter out = SafeTerminalWriter.redacting(terminal);
        out.println("Drill " + drill.id() + ": " + language.pick(drill.title(), drill.titleEn()) + " (" + details(drill) + ")");
        if (!drill.participants().isEmpty()) {
            out.println("  participants: " + String.join(", ", drill.participants()));
        }
        out.println("  success criteria, against the drill's own targets:");
        if (drill.successCriteria().isEmpty()) {
            out.println("    none: the drill names no success criteria");
        }
        for (SuccessCriterion c : drill.successCriteria()) {
            out.println("    " + c.id() + ": " + language.pick(c.title(), c.titleEn()) + " — " + target(c));
        }
        long triggered = drill.injects().stream().filter(i -> i.triggered()).count();
        out.println("  injects: " + drill.injects().size() + " (" + (drill.injects().size() - triggered) + " at a time, " + triggered
                + " on an event); each fired message is shown as an INJECT card" + (drill.cleanup().isEmpty() ? ""
                : "; cleanup: " + drill.cleanup().size() + " item(s) to tick before the drill is closed"));
        out.flush();
    }

    /** One line per drill, as {@code plans} lists them. */
    static String line(Drill drill, TextLanguage language) {
        List<String> criteria = new ArrayList<>();
        for (SuccessCriterion c : drill.successCriteria()) {
            criteria.add(c.id() + " (" + target(c) + ")");
        }
        return drill.id() + ": " + language.pick(drill.title(), drill.titleEn()) + " (" + details(drill) + ")"
                + (drill.participants().isEmpty() ? "" : "; participants: " + String.join(", ", drill.participants()))
                + (criteria.isEmpty() ? "" : "; criteria: " + String.join(", ", criteria));
    }

    private static String details(Drill drill) {
        List<String> parts = new ArrayList<>();
        parts.add(typeWord(drill.type()));
        if (drill.frequency() != null) {
            parts.add(drill.frequency());
        } else if (drill.schedule() != null) {
            parts.add(drill.schedule());
        }
        if (drill.duration() != null) {
            parts.add(DurationText.human(drill.duration()));
        }
        parts.add(drill.scenario() == null ? "no scenario of its own" : "scenario " + drill.scenario());
        return String.join(", ", parts);
    }

    static String typeWord(DrillType type) {
        return type == null ? "drill" : type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A criterion's target in words: the drill's own bound, or who judges a custom one. */
    static String target(SuccessCriterion c) {
        if (c.metric() == CriterionMetric.CUSTOM || c.max() == null) {
            return "judged by the facilitator at the end";
        }
        return "at most " + DurationText.human(c.max());
    }
}
