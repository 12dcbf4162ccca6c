package dev.warroom.core.report;

import dev.warroom.core.incident.Established;
import dev.warroom.core.incident.Evidence;
import dev.warroom.core.incident.PathEntry;
import dev.warroom.core.incident.ProcedureRun;
import dev.warroom.core.incident.StepRun;
import dev.warroom.core.incident.StepStatus;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.Procedure;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.report.doc.Block;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Chart;
import dev.warroom.core.report.doc.Mark;
import dev.warroom.core.report.doc.Table;
import dev.warroom.core.report.doc.TableIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The decision path with the evidence of each suggestion, and every step with who confirmed it and how its
 * outcome was established. A step's status says only what became of it (done, failed, skipped, …); how a done step's
 * outcome is known (verified by a reading, confirmed by a person, not verified) is the next column's, said once there.
 * A done step nobody checked is marked as a warning in both.
 */
final class PathAndStepsSection {

    private PathAndStepsSection() {
    }

    static List<Block> decisionPath(ReportContext c) {
        List<List<Cell>> rows = new ArrayList<>();
        for (PathEntry entry : c.state.path()) {
            Optional<DecisionNode> node = c.plan.decisionTree().nodes().stream().filter(n -> n.id().equals(entry.node())).findFirst();
            String question = node.map(n -> n.question() != null ? c.text.pick(n.question(), n.questionEn()) : c.text.pick(n.title(), n.titleEn()))
                    .orElse(entry.node());
            rows.add(List.of(Cell.of(c.clock(entry.enteredAt())), Cell.of(question),
                    entry.answer().map(a -> Cell.of(answerLabel(c, node, a))).orElse(c.dash()),
                    entry.actor().map(a -> Cell.of(c.text.of(a))).orElse(c.dash()),
                    entry.suggested().map(a -> Cell.of(answerLabel(c, node, a))).orElse(c.dash()),
                    entry.evidence().isEmpty() ? c.dash() : Cell.of(c.text.of(c.recorded.joined(entry.evidence().stream().map(c.recorded::reason).toList())))));
        }
        return List.of(new Table(TableIds.DECISIONS, "", List.of(c.words.get("col.time"), c.words.get("col.question"),
                c.words.get("col.answer"), c.words.get("col.by"), c.words.get("col.suggested"), c.words.get("col.evidence")), rows));
    }

    private static String answerLabel(ReportContext c, Optional<DecisionNode> node, String answerId) {
        return node.flatMap(n -> n.answers().stream().filter(x -> x.id().equals(answerId)).findFirst())
                .map(x -> c.text.pick(x.label(), x.labelEn())).orElse(answerId);
    }

    static List<Block> steps(ReportContext c) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Chart.Span> spans = new ArrayList<>();
        int[] counts = new int[4];
        for (ProcedureRun run : c.state.procedures()) {
            Optional<Procedure> procedure = c.plan.procedures().stream().filter(p -> p.id().equals(run.procedureId())).findFirst();
            String procedureTitle = procedure.map(p -> c.derived(c.text.pick(p.title(), p.titleEn()), p.isDerived())).orElse(run.procedureId());
            for (StepRun s : run.steps()) {
                String title = procedure.flatMap(p -> p.steps().stream().filter(x -> x.id().equals(s.stepId())).findFirst())
                        .map(step -> stepTitle(c, step)).orElse(s.stepId());
                Cell status = status(c, s);
                counts[countIndex(s)]++;
                Optional<Duration> took = s.startedAt().flatMap(a -> s.finishedAt().map(b -> Duration.between(a, b)));
                rows.add(List.of(Cell.of(procedureTitle), Cell.of(title), status, established(c, s),
                        s.confirmedBy().map(by -> Cell.of(c.text.of(by))).orElse(c.dash()),
                        s.startedAt().map(at -> Cell.of(c.clock(at))).orElse(c.dash()), Cell.of(c.duration(took))));
                if (s.startedAt().isPresent()) {
                    Duration start = Duration.between(c.impact(), s.startedAt().get());
                    Duration end = s.finishedAt().map(f -> Duration.between(c.impact(), f)).orElse(start);
                    spans.add(new Chart.Span(title, start, end, status.mark()));
                }
            }
        }
        Table table = new Table(TableIds.STEPS, "", List.of(c.words.get("col.procedure"), c.words.get("col.step"), c.words.get("col.status"),
                c.words.get("col.established"), c.words.get("col.confirmed-by"), c.words.get("col.started"), c.words.get("col.took")), rows);
        return List.of(table, new Chart.StepGantt(c.words.get("chart.steps"), description(c, rows.size(), counts, spans), spans, TableIds.STEPS));
    }

    /**
     * The steps counted by how each ended, and what the chart adds to the table's clock times: when, counted from the
     * impact, the first step started and the last ended.
     */
    private static String description(ReportContext c, int steps, int[] counts, List<Chart.Span> spans) {
        if (spans.isEmpty()) {
            return c.words.get("chart.steps.description", steps, counts[0], counts[1], counts[2], counts[3]);
        }
        Duration first = spans.stream().map(Chart.Span::start).min(Duration::compareTo).orElseThrow();
        Duration last = spans.stream().map(Chart.Span::end).max(Duration::compareTo).orElseThrow();
        return c.words.get("chart.steps.description.spanned", steps, counts[0], counts[1], counts[2], counts[3],
                c.words.duration(first), c.words.duration(last));
    }

    private static String stepTitle(ReportContext c, Step step) {
        return c.derived(c.text.pick(step.title(), step.titleEn()), step.isDerived());
    }

    private static Established how(StepRun s) {
        return s.evidence().map(Evidence::how).orElse(Established.UNVERIFIED);
    }

    /** 0 verified, 1 confirmed, 2 not verified, 3 not done. */
    private static int countIndex(StepRun s) {
        if (s.status() != StepStatus.SUCCEEDED) {
            return 3;
        }
        return switch (how(s)) {
            case VERIFIED -> 0;
            case CONFIRMED -> 1;
            case UNVERIFIED -> 2;
        };
    }

    static Cell status(ReportContext c, StepRun s) {
        String attempts = s.attempts() > 1 ? " (" + c.words.get("step.attempts", s.attempts()) + ")" : "";
        if (s.status() == StepStatus.SUCCEEDED) {
            return Cell.marked(c.words.get("step.done") + attempts, how(s) == Established.UNVERIFIED ? Mark.WARNING : Mark.GOOD);
        }
        String key = s.status() == StepStatus.CONFIRMED ? "step.confirmed-to-run"
                : "step." + s.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
        Mark mark = switch (s.status()) {
            case FAILED, REFUSED, ROLLED_BACK -> Mark.BAD;
            case OUTCOME_UNKNOWN, AWAITING_CHECK -> Mark.WARNING;
            default -> Mark.PLAIN;
        };
        return Cell.marked(c.words.get(key) + attempts, mark);
    }

    /** How the outcome was established: by watching which reading, by whose word, or not at all (and why). */
    static Cell established(ReportContext c, StepRun s) {
        if (s.status() != StepStatus.SUCCEEDED) {
            return s.detail().isBlank() ? c.dash() : Cell.of(c.text.of(c.recorded.reason(s.detail())));
        }
        Optional<Evidence> evidence = s.evidence();
        return switch (how(s)) {
            case VERIFIED -> {
                Evidence e = evidence.orElseThrow();
                String reading = (e.resource().isEmpty() ? "" : e.resource() + (e.seen().isEmpty() ? "" : ": ")) + c.recorded.state(e.seen())
                        + (e.seenAt().isPresent() ? " (" + c.clock(e.seenAt().get()) + ")" : "");
                yield Cell.marked(c.words.get("established.verified", c.text.of(reading)), Mark.GOOD);
            }
            case CONFIRMED -> {
                Evidence e = evidence.orElseThrow();
                String asked = e.asked().isEmpty() ? "" : ": " + c.words.get("established.asked", c.text.of(e.asked()));
                yield Cell.marked(c.words.get("established.confirmed", c.text.of(e.by())) + asked
                        + (e.answer().isEmpty() ? "" : " — " + c.text.of(c.recorded.answer(e.answer()))), Mark.GOOD);
            }
            case UNVERIFIED -> {
                String why = evidence.map(Evidence::seen).filter(w -> !w.isBlank()).orElse("");
                yield Cell.marked(c.words.get("established.unverified") + (why.isEmpty() ? "" : ": " + c.text.of(c.recorded.reason(why))), Mark.WARNING);
            }
        };
    }
}
