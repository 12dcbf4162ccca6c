package dev.warroom.core.report;

import dev.warroom.core.plan.model.CriterionMetric;
import dev.warroom.core.report.doc.Block;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Chart;
import dev.warroom.core.report.doc.Mark;
import dev.warroom.core.report.doc.Paragraph;
import dev.warroom.core.report.doc.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * RTO and RPO, target against actual (the drill's own targets for a drill), and the RTO phases against their
 * budgets. The replica lag is {@link ReplicaLagSection}'s.
 */
final class RecoverySection {

    static final String OBJECTIVES_TABLE = "recovery-objectives";
    static final String PHASES_TABLE = "rto-phases";

    private RecoverySection() {
    }

    static List<Block> objectives(ReportContext c) {
        IncidentReport r = c.measured;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(Cell.of(targets(c))));
        List<List<Cell>> rows = List.of(metricRow(c, c.words.get("metric.rto"), r.rto()), metricRow(c, c.words.get("metric.rpo"), r.rpo()));
        blocks.add(new Table(OBJECTIVES_TABLE, c.words.get("caption.objectives"), List.of(c.words.get("col.metric"),
                c.words.get("col.target"), c.words.get("col.actual"), c.words.get("col.verdict")), rows));
        RpoNotMeasured.why(c).ifPresent(why -> blocks.add(new Paragraph(Cell.marked(why, Mark.WARNING))));
        List<List<Cell>> phases = new ArrayList<>();
        List<Chart.Bar> bars = new ArrayList<>();
        int met = 0;
        int missed = 0;
        for (Metric phase : r.phases()) {
            String label = c.words.get("phase." + phase.name());
            phases.add(metricRow(c, label, phase));
            bars.add(new Chart.Bar(label, phase.actual(), phase.target(), mark(phase), actualWords(c, phase),
                    phase.target().map(c.words::duration).orElse("")));
            met += phase.verdict() == Metric.Verdict.MET ? 1 : 0;
            missed += phase.verdict() == Metric.Verdict.MISSED ? 1 : 0;
        }
        blocks.add(new Table(PHASES_TABLE, c.words.get("caption.phases"), List.of(c.words.get("col.phase"), c.words.get("col.budget"),
                c.words.get("col.actual"), c.words.get("col.verdict")), phases));
        int notMeasured = (int) r.phases().stream().filter(p -> p.verdict() == Metric.Verdict.NOT_MEASURED).count();
        int noBudget = r.phases().size() - met - missed - notMeasured;
        String description = c.words.sentences(c.words.get("chart.phases.description", r.phases().size(), met, missed, notMeasured),
                noBudget == 0 ? "" : c.words.get("chart.phases.no-budget", noBudget));
        blocks.add(new Chart.PhaseBars(c.words.get("chart.phases"), description, bars, PHASES_TABLE));
        return blocks;
    }

    /** Which targets RTO and RPO are judged against, in words: the drill's own, else the severity level's, else the plan's. */
    private static String targets(ReportContext c) {
        Duration heldRto = c.state.targets().rto();
        Duration heldRpo = c.state.targets().rpo();
        boolean level = c.state.targets().severity().isPresent();
        Optional<Duration> rto = PlayedDrill.target(c.drill, CriterionMetric.RTO);
        Optional<Duration> rpo = PlayedDrill.target(c.drill, CriterionMetric.RPO);
        if (rto.isEmpty() && rpo.isEmpty()) {
            return level ? c.words.get("targets.severity", c.levelName(), c.words.duration(heldRto), c.words.duration(heldRpo))
                    : c.words.get("targets.plan", c.words.duration(heldRto), c.words.duration(heldRpo));
        }
        return c.words.get(level ? "targets.drill-severity" : "targets.drill", c.words.duration(rto.orElse(heldRto)),
                c.words.duration(rpo.orElse(heldRpo)), c.words.duration(heldRto), c.words.duration(heldRpo), c.levelName());
    }

    private static List<Cell> metricRow(ReportContext c, String name, Metric m) {
        return List.of(Cell.of(name), Cell.of(c.duration(m.target())), m.actual().map(a -> Cell.of(c.words.duration(a)))
                .orElse(Cell.marked(c.words.get("verdict.not-measured"), Mark.WARNING)), verdict(c, m));
    }

    private static String actualWords(ReportContext c, Metric m) {
        return m.actual().map(c.words::duration).orElse(c.words.get("verdict.not-measured"));
    }

    static Cell verdict(ReportContext c, Metric m) {
        return switch (m.verdict()) {
            case MET -> Cell.marked(c.words.get("verdict.met"), Mark.GOOD);
            case MISSED -> Cell.marked(c.words.get("verdict.missed"), Mark.BAD);
            // The actual column already says "not measured": the verdict says what that means for the target.
            case NOT_MEASURED -> Cell.marked(c.words.get("verdict.undetermined"), Mark.WARNING);
            case NO_TARGET -> Cell.of(c.words.get("verdict.no-target"));
        };
    }

    private static Mark mark(Metric m) {
        return verdictMark(m.verdict());
    }

    static Mark verdictMark(Metric.Verdict v) {
        return switch (v) {
            case MET -> Mark.GOOD;
            case MISSED -> Mark.BAD;
            case NOT_MEASURED -> Mark.WARNING;
            case NO_TARGET -> Mark.PLAIN;
        };
    }
}
