package dev.warroom.core.report;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.report.doc.Block;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Facts;
import dev.warroom.core.report.doc.Facts.Fact;
import dev.warroom.core.report.doc.Mark;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The basic information: what, where, which mode and scenario, when it began and ended, how it ended. */
final class SummarySection {

    private SummarySection() {
    }

    static List<Block> blocks(ReportContext c) {
        IncidentReport r = c.measured;
        List<Fact> facts = new ArrayList<>();
        facts.add(fact(c, "fact.incident", Cell.of(title(c))));
        facts.add(fact(c, "fact.system", Cell.of(c.text.of(r.system()))));
        facts.add(fact(c, "fact.plan", Cell.of(r.planId())));
        facts.add(fact(c, "fact.mode", Cell.of(r.mode().toUpperCase(Locale.ROOT))));
        facts.add(fact(c, "fact.scenario", r.scenario().map(s -> Cell.of(scenarioTitle(c, s))).orElse(c.dash())));
        facts.add(fact(c, "fact.world", c.orDash(c.recorded.world(r.world()))));
        if (c.state.targets().severity().isPresent()) {
            facts.add(fact(c, "fact.severity", Cell.of(c.words.get("severity.level", c.levelName(),
                    c.words.duration(c.state.targets().rto()), c.words.duration(c.state.targets().rpo())))));
        }
        c.drill.ifPresent(d -> facts.add(fact(c, "fact.drill", Cell.of(c.text.pick(d.title(), d.titleEn()) + " (" + d.id() + ")"))));
        facts.add(fact(c, "fact.impact", Cell.of(c.stamp(r.impactStartedAt()))));
        facts.add(fact(c, "fact.opened", Cell.of(c.stamp(r.openedAt()))));
        facts.add(fact(c, "fact.ended", r.endedAt().map(at -> Cell.of(c.stamp(at))).orElse(Cell.marked(c.words.get("fact.not-ended"),
                Mark.WARNING))));
        String outcome = c.words.get("status." + r.status()) + r.endReason().map(s -> " — " + endWords(c, s)).orElse("");
        facts.add(fact(c, "fact.outcome", Cell.marked(outcome, switch (c.state.status()) {
            case RESOLVED -> Mark.GOOD;
            case ABORTED -> Mark.BAD;
            default -> Mark.WARNING;
        })));
        return List.of(new Facts(facts));
    }

    /** The incident's title as opened (the team's words), else the plan's system. */
    static String title(ReportContext c) {
        String opened = c.events.stream().filter(e -> EventTypes.OPENED.equals(e.type())).findFirst().map(e -> e.text("title")).orElse("");
        return c.text.of(opened.isBlank() ? c.plan.system() : opened);
    }

    private static String endWords(ReportContext c, String recorded) {
        return c.text.of(new TimelineWords(c.plan, c.input.language()).endTitle(recorded));
    }

    private static String scenarioTitle(ReportContext c, String id) {
        return c.plan.scenarios().stream().filter(s -> s.id().equals(id)).findFirst()
                .map(s -> c.text.pick(s.title(), s.titleEn()) + " (" + id + ")").orElse(id);
    }

    static Fact fact(ReportContext c, String key, Cell value) {
        return new Fact(c.words.get(key), value);
    }
}
