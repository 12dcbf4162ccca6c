package dev.warroom.core.report;

import dev.warroom.core.drill.CriterionVerdict;
import dev.warroom.core.drill.DrillState;
import dev.warroom.core.drill.HotWash;
import dev.warroom.core.drill.InjectState;
import dev.warroom.core.drill.Observation;
import dev.warroom.core.drill.ObservationKind;
import dev.warroom.core.drill.Rating;
import dev.warroom.core.drill.Verdict;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.plan.model.ChecklistItem;
import dev.warroom.core.plan.model.CriterionMetric;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.DrillObjective;
import dev.warroom.core.plan.model.SuccessCriterion;
import dev.warroom.core.report.doc.Block;
import dev.warroom.core.report.doc.BulletList;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Chart;
import dev.warroom.core.report.doc.Facts;
import dev.warroom.core.report.doc.Facts.Fact;
import dev.warroom.core.report.doc.Mark;
import dev.warroom.core.report.doc.Paragraph;
import dev.warroom.core.report.doc.ReportSection;
import dev.warroom.core.report.doc.Table;
import dev.warroom.core.report.doc.TableIds;
import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The drill's parts of a report: the drill, its criteria, injects, observations, hot wash and the analysis per objective. */
final class DrillSections {

    static final String OBSERVATIONS_TABLE = "observations";
    static final String RATINGS_TABLE = "ratings";

    private DrillSections() {
    }

    private static Optional<DrillState> played(ReportContext c) {
        return c.drill.isPresent() ? c.state.drill() : Optional.empty();
    }

    private static List<Block> noDrill(ReportContext c) {
        return List.of(new Paragraph(Cell.of(c.words.get("drill.none"))));
    }

    static List<Block> drill(ReportContext c) {
        if (played(c).isEmpty()) {
            return noDrill(c);
        }
        Drill d = c.drill.orElseThrow();
        DrillState s = played(c).orElseThrow();
        List<Fact> facts = new ArrayList<>();
        facts.add(fact(c, "fact.drill", Cell.of(c.text.pick(d.title(), d.titleEn()) + " (" + d.id() + ")")));
        facts.add(fact(c, "fact.type", Cell.of(d.type() == null ? "drill" : d.type().name().toLowerCase(Locale.ROOT).replace('_', '-'))));
        Optional.ofNullable(d.frequency()).or(() -> Optional.ofNullable(d.schedule()))
                .ifPresent(w -> facts.add(fact(c, "fact.when", Cell.of(c.text.of(w)))));
        Optional.ofNullable(d.date()).ifPresent(date -> facts.add(fact(c, "fact.date", Cell.of(date))));
        Optional.ofNullable(d.duration()).ifPresent(du -> facts.add(fact(c, "fact.duration", Cell.of(c.words.duration(du)))));
        facts.add(fact(c, "fact.participants", d.participants().isEmpty() ? c.dash()
                : Cell.of(c.text.of(String.join(", ", d.participants())))));
        facts.add(fact(c, "fact.drill-started", Cell.of(c.stamp(s.startedAt()))));
        facts.add(fact(c, "fact.drill-closed", s.closedAt().map(at -> Cell.of(c.stamp(at) + (s.closingReason().isBlank() ? ""
                : " — " + c.text.of(s.closingReason())))).orElse(Cell.marked(c.words.get("fact.not-closed"), Mark.WARNING))));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Facts(facts));
        if (!d.objectives().isEmpty()) {
            blocks.add(new Paragraph(Cell.of(c.words.get("drill.objectives"))));
            blocks.add(new BulletList(d.objectives().stream().map(o -> Cell.of(c.text.pick(o.title(), o.titleEn()))).toList()));
        }
        if (!d.cleanup().isEmpty()) {
            blocks.add(new Paragraph(Cell.of(c.words.get("cleanup.count", s.cleanupTicked().size(), d.cleanup().size()))));
            List<Cell> items = new ArrayList<>();
            for (ChecklistItem item : d.cleanup()) {
                String title = c.text.pick(item.title(), item.titleEn());
                Optional<IncidentEvent> ticked = c.events.stream().filter(e -> EventTypes.CLEANUP_TICKED.equals(e.type())
                        && item.id().equals(e.text("item"))).findFirst();
                items.add(ticked.filter(t -> s.cleanupTicked().contains(item.id()))
                        .map(t -> Cell.marked(title + " — " + c.words.get("checklist.ticked", c.text.of(t.actor()), c.clock(t.time())), Mark.GOOD))
                        .orElse(Cell.marked(title + " — " + c.words.get("checklist.open"), Mark.WARNING)));
            }
            blocks.add(new BulletList(items));
        }
        return blocks;
    }

    static List<Block> criteria(ReportContext c) {
        if (played(c).isEmpty()) {
            return noDrill(c);
        }
        Drill d = c.drill.orElseThrow();
        DrillState s = played(c).orElseThrow();
        List<List<Cell>> rows = new ArrayList<>();
        List<Chart.Bar> bars = new ArrayList<>();
        int met = 0;
        int notMet = 0;
        for (SuccessCriterion criterion : d.successCriteria()) {
            Optional<CriterionVerdict> v = s.verdict(criterion.id());
            boolean measurable = criterion.metric() != CriterionMetric.CUSTOM && criterion.max() != null;
            String title = c.derived(c.text.pick(criterion.title(), criterion.titleEn()), criterion.isDerived());
            String target = measurable ? "≤ " + c.words.duration(criterion.max()) : c.words.get("yes-no");
            Optional<Duration> measured = v.flatMap(x -> DurationText.parse(x.measured().replace(" ", "")));
            Cell verdict = verdict(c, v);
            met += verdict.mark() == Mark.GOOD ? 1 : 0;
            notMet += verdict.mark() == Mark.BAD ? 1 : 0;
            rows.add(List.of(Cell.of(title), Cell.of(target),
                    measured.map(m -> Cell.of(c.words.duration(m))).orElseGet(() -> c.orDash(v.map(x -> c.text.of(x.measured())).orElse(""))),
                    verdict, v.map(x -> Cell.of(c.text.of(x.actor()) + ", " + c.clock(x.at()))).orElse(c.dash()),
                    c.orDash(v.map(x -> c.text.of(c.recorded.criterionEvidence(x.evidence()))).orElse(""))));
            bars.add(new Chart.Bar(title, measured, measurable ? Optional.of(criterion.max()) : Optional.empty(), verdict.mark(),
                    measured.map(c.words::duration).orElseGet(() -> unmeasuredActual(c, v)),
                    measurable ? c.words.duration(criterion.max()) : c.words.get("criterion.yes")));
        }
        int all = d.successCriteria().size();
        Table table = new Table(TableIds.CRITERIA, "", List.of(c.words.get("col.criterion"), c.words.get("col.own-target"),
                c.words.get("col.measured"), c.words.get("col.verdict"), c.words.get("col.by"), c.words.get("col.evidence")), rows);
        return List.of(table, new Chart.CriteriaChart(c.words.get("chart.criteria"),
                c.words.get("chart.criteria.description", all, met, notMet, all - met - notMet), bars, TableIds.CRITERIA));
    }

    /**
     * A criterion's actual where no duration was measured: what the judge recorded as measured, else for a yes/no
     * criterion judged met or not met "yes" or "no", else the verdict's own word (undetermined, not judged).
     */
    private static String unmeasuredActual(ReportContext c, Optional<CriterionVerdict> v) {
        if (v.isEmpty()) {
            return c.words.get("verdict.not-judged");
        }
        if (!v.get().measured().isBlank()) {
            return c.text.of(v.get().measured());
        }
        return switch (v.get().verdict()) {
            case MET -> c.words.get("criterion.yes");
            case NOT_MET -> c.words.get("criterion.no");
            case UNDETERMINED -> c.words.get("verdict.undetermined");
        };
    }

    private static Cell verdict(ReportContext c, Optional<CriterionVerdict> v) {
        if (v.isEmpty()) {
            return Cell.marked(c.words.get("verdict.not-judged"), Mark.WARNING);
        }
        Verdict verdict = v.get().verdict();
        return switch (verdict) {
            case MET -> Cell.marked(c.words.get("verdict.met"), Mark.GOOD);
            case NOT_MET -> Cell.marked(c.words.get("verdict.not-met"), Mark.BAD);
            case UNDETERMINED -> Cell.marked(c.words.get("verdict.undetermined"), Mark.WARNING);
        };
    }

    /** Each inject as it went: fired (when, how, acknowledged by whom), skipped with the reason, or lapsed. */
    static List<Block> injects(ReportContext c) {
        if (played(c).isEmpty()) {
            return noDrill(c);
        }
        DrillState s = played(c).orElseThrow();
        List<List<Cell>> rows = new ArrayList<>();
        for (InjectState i : s.injects()) {
            DrillInject inject = i.inject();
            rows.add(List.of(Cell.of(i.id()), Cell.of((i.adHoc() ? c.words.get("inject.ad-hoc") + ", " : "") + PlayedDrill.planned(inject)),
                    injectStatus(c, i), i.firedAt().map(at -> Cell.of(c.clock(at))).orElse(c.dash()),
                    i.firedAt().map(at -> Cell.of(c.since(at))).orElse(c.dash()), c.orDash(firedBy(c, i.firedBy())),
                    c.orDash(c.text.pick(inject.message(), inject.messageEn())), c.orDash(c.text.of(inject.expect())),
                    c.orDash(worldChange(c, i)), c.orDash(holds(c, i.id())),
                    i.acknowledgedBy().map(by -> Cell.of(c.text.of(by) + i.acknowledgedAt().map(at -> ", " + c.clock(at)).orElse("")))
                            .orElse(c.dash())));
        }
        return List.of(new Table(TableIds.INJECTS, "", List.of(c.words.get("col.inject"), c.words.get("col.planned"), c.words.get("col.status"),
                c.words.get("col.fired"), c.words.get("col.since"), c.words.get("col.how"), c.words.get("col.message"),
                c.words.get("col.expected"), c.words.get("col.world-change"), c.words.get("col.held"), c.words.get("col.acknowledged")), rows));
    }

    /** What the inject did to the world: its fault on its target, whether the world took it or a person had to, and where. */
    private static String worldChange(ReportContext c, InjectState i) {
        DrillInject inject = i.inject();
        String where = c.text.of(i.worldChange());
        if (inject.fault() == null) {
            return where;
        }
        String fault = inject.fault().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String said = (inject.target() == null ? fault : c.words.get("inject.fault-on", fault, c.text.of(inject.target())))
                + (inject.value() == null ? "" : " (" + c.text.of(inject.value()) + ")")
                + i.worldChanged().map(done -> " — " + c.words.get(done ? "inject.fault-done" : "inject.fault-by-hand")).orElse("");
        return where.isBlank() ? said : said + ": " + where;
    }

    private static Cell injectStatus(ReportContext c, InjectState i) {
        String words = c.words.get("inject." + i.status().word());
        return switch (i.status()) {
            case FIRED -> Cell.marked(words, Mark.GOOD);
            case SKIPPED -> Cell.of(words + (i.skipReason().isBlank() ? "" : ": " + c.text.of(i.skipReason())));
            case NOT_TRIGGERED, NOT_REACHED -> Cell.marked(words, Mark.WARNING);
            default -> Cell.of(words);
        };
    }

    private static String firedBy(ReportContext c, String by) {
        return switch (by) {
            case "" -> "";
            case "schedule" -> c.words.get("inject.by-schedule");
            case "trigger" -> c.words.get("inject.by-trigger");
            default -> c.words.get("inject.by-hand", c.text.of(by));
        };
    }

    private static String holds(ReportContext c, String injectId) {
        List<String> said = new ArrayList<>();
        for (IncidentEvent e : c.events) {
            if (injectId.equals(e.text("inject")) && (EventTypes.INJECT_HELD.equals(e.type()) || EventTypes.INJECT_RELEASED.equals(e.type()))) {
                said.add((EventTypes.INJECT_HELD.equals(e.type()) ? "⏸ " : "▶ ") + c.clock(e.time()) + " " + c.text.of(e.actor()));
            }
        }
        return String.join(", ", said);
    }

    static List<Block> observations(ReportContext c) {
        if (played(c).isEmpty()) {
            return noDrill(c);
        }
        DrillState s = played(c).orElseThrow();
        if (s.observations().isEmpty()) {
            return List.of(new Paragraph(Cell.of(c.words.get("none-recorded"))));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (Observation o : s.observations()) {
            rows.add(List.of(Cell.of(c.clock(o.at())), Cell.of(c.since(o.at())), Cell.of(c.text.of(o.actor())), kind(c, o.kind()),
                    c.orDash(tagged(c, o)), Cell.of(c.text.of(o.text()))));
        }
        return List.of(new Table(OBSERVATIONS_TABLE, "", List.of(c.words.get("col.time"), c.words.get("col.since"), c.words.get("col.by"),
                c.words.get("col.kind"), c.words.get("col.tagged"), c.words.get("col.observation")), rows));
    }

    private static Cell kind(ReportContext c, ObservationKind kind) {
        String words = c.words.get("observation." + kind.name().toLowerCase(Locale.ROOT));
        return switch (kind) {
            case STRENGTH -> Cell.marked(words, Mark.GOOD);
            case IMPROVEMENT -> Cell.marked(words, Mark.WARNING);
            case NOTE -> Cell.of(words);
        };
    }

    private static String tagged(ReportContext c, Observation o) {
        Drill d = c.drill.orElseThrow();
        List<String> tags = new ArrayList<>();
        o.criterion().ifPresent(id -> tags.add(c.words.get("tag.criterion", d.criterion(id).map(x -> c.text.pick(x.title(), x.titleEn()))
                .orElse(id))));
        o.objective().ifPresent(id -> tags.add(c.words.get("tag.objective", objective(d, id).map(x -> c.text.pick(x.title(), x.titleEn()))
                .orElse(id))));
        return String.join(" · ", tags);
    }

    private static Optional<DrillObjective> objective(Drill d, String id) {
        return d.objectives().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    static List<Block> hotWash(ReportContext c) {
        if (played(c).isEmpty()) {
            return noDrill(c);
        }
        Optional<HotWash> recorded = played(c).orElseThrow().hotWash();
        if (recorded.isEmpty()) {
            return List.of(new Paragraph(Cell.of(c.words.get("hotwash.none"))));
        }
        HotWash h = recorded.get();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(Cell.of(c.words.get("hotwash.went-well"))));
        blocks.add(listOrNone(c, h.wentWell(), Mark.GOOD));
        blocks.add(new Paragraph(Cell.of(c.words.get("hotwash.to-improve"))));
        blocks.add(listOrNone(c, h.toImprove(), Mark.WARNING));
        blocks.add(new Paragraph(Cell.of(c.words.get("hotwash.actions", h.actions().size()))));
        if (!h.ratings().isEmpty()) {
            List<List<Cell>> rows = new ArrayList<>();
            for (DrillObjective o : c.drill.orElseThrow().objectives()) {
                Optional.ofNullable(h.ratings().get(o.id())).ifPresent(r -> rows.add(List.of(Cell.of(c.text.pick(o.title(), o.titleEn())),
                        rating(c, r))));
            }
            blocks.add(new Table(RATINGS_TABLE, "", List.of(c.words.get("col.objective"), c.words.get("col.rating")), rows));
        }
        return blocks;
    }

    private static Block listOrNone(ReportContext c, List<String> items, Mark mark) {
        return items.isEmpty() ? new Paragraph(Cell.of(c.words.get("none-recorded")))
                : new BulletList(items.stream().map(i -> Cell.marked(c.text.of(i), mark)).toList());
    }

    static Cell rating(ReportContext c, Rating r) {
        return Cell.marked(c.words.get("rating." + r.name()), switch (r) {
            case P -> Mark.GOOD;
            case S -> Mark.PLAIN;
            case M -> Mark.WARNING;
            case U -> Mark.BAD;
        });
    }

    /** HSEEP: per objective, its rating from the hot wash, and the strengths and areas for improvement observed for it. */
    static List<ReportSection> objectiveAnalysis(ReportContext c, String sectionId, List<Block> intro) {
        if (played(c).isEmpty()) {
            intro.addAll(noDrill(c));
            return List.of();
        }
        Drill d = c.drill.orElseThrow();
        DrillState s = played(c).orElseThrow();
        if (d.objectives().isEmpty()) {
            intro.add(new Paragraph(Cell.of(c.words.get("analysis.no-objectives"))));
            return List.of();
        }
        List<ReportSection> sections = new ArrayList<>();
        for (DrillObjective o : d.objectives()) {
            Optional<Rating> rating = s.hotWash().flatMap(h -> Optional.ofNullable(h.ratings().get(o.id())));
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Facts(List.of(fact(c, "col.rating", rating.map(r -> rating(c, r))
                    .orElse(Cell.marked(c.words.get("rating.none"), Mark.WARNING))))));
            blocks.add(new Paragraph(Cell.of(c.words.get("analysis.strengths"))));
            blocks.add(listOrNone(c, observed(s, o.id(), ObservationKind.STRENGTH), Mark.GOOD));
            blocks.add(new Paragraph(Cell.of(c.words.get("analysis.improvements"))));
            blocks.add(listOrNone(c, observed(s, o.id(), ObservationKind.IMPROVEMENT), Mark.WARNING));
            sections.add(new ReportSection(sectionId + "/" + o.id(), c.text.pick(o.title(), o.titleEn()), blocks));
        }
        return sections;
    }

    private static List<String> observed(DrillState s, String objective, ObservationKind kind) {
        return s.observations().stream().filter(o -> o.kind() == kind && o.objective().filter(objective::equals).isPresent())
                .map(Observation::text).toList();
    }

    private static Fact fact(ReportContext c, String key, Cell value) {
        return new Fact(c.words.get(key), value);
    }
}
