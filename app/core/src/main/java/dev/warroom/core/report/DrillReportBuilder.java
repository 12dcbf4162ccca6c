package dev.warroom.core.report;

import dev.warroom.core.drill.CriterionVerdict;
import dev.warroom.core.drill.DrillState;
import dev.warroom.core.drill.InjectState;
import dev.warroom.core.drill.Observation;
import dev.warroom.core.drill.ObservationKind;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.IncidentTargets;
import dev.warroom.core.plan.model.ChecklistItem;
import dev.warroom.core.plan.model.CriterionMetric;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.InjectTrigger;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.SuccessCriterion;
import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The drill part of a report, from the folded {@link DrillState} and the journal's drill events: nothing else. */
final class DrillReportBuilder {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private DrillReportBuilder() {
    }

    /** The drill the incident played, as the plan defines it. */
    static Optional<Drill> played(Plan plan, IncidentState state) {
        return state.drill().flatMap(d -> plan.drills().stream().filter(x -> x.id().equals(d.drillId())).findFirst());
    }

    /** The drill's own bound for a metric, where it names one. */
    static Optional<Duration> target(Optional<Drill> drill, CriterionMetric metric) {
        return drill.flatMap(d -> d.successCriteria().stream().filter(c -> c.metric() == metric && c.max() != null).findFirst())
                .map(SuccessCriterion::max);
    }

    static Optional<DrillReport> build(Plan plan, IncidentState state, List<IncidentEvent> events) {
        Optional<DrillState> folded = state.drill();
        Optional<Drill> drill = played(plan, state);
        if (folded.isEmpty() || drill.isEmpty()) {
            return Optional.empty();
        }
        DrillState d = folded.get();
        Drill planned = drill.get();
        Map<String, String> objectives = new LinkedHashMap<>();
        planned.objectives().forEach(o -> objectives.put(o.id(), title(o.title(), o.titleEn())));
        return Optional.of(new DrillReport(planned.id(), title(planned.title(), planned.titleEn()),
                planned.type() == null ? "drill" : planned.type().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                planned.participants(), Optional.ofNullable(planned.scenario()).or(state::scenario), d.startedAt(),
                targets(state.targets(), drill), criteria(planned, d), injects(d, events), observations(d, planned), d.hotWash(), objectives,
                cleanup(planned, d, events), d.closedAt(), d.closingReason()));
    }

    /** Which targets the drill is judged against: its own where it names them, else the incident's (its severity level's or the plan's). */
    private static String targets(IncidentTargets held, Optional<Drill> drill) {
        Optional<Duration> rto = target(drill, CriterionMetric.RTO);
        Optional<Duration> rpo = target(drill, CriterionMetric.RPO);
        String whose = held.severity().map(level -> "the severity level " + level + "'s").orElse("the plan's");
        if (rto.isEmpty() && rpo.isEmpty()) {
            return "The drill names no RTO or RPO of its own: both are judged against " + whose + " targets.";
        }
        return "RTO and RPO are judged against the drill's own targets where it names them (RTO "
                + rto.map(DurationText::human).orElse("— " + whose + " " + DurationText.human(held.rto())) + ", RPO "
                + rpo.map(DurationText::human).orElse("— " + whose + " " + DurationText.human(held.rpo()))
                + "), not " + whose + " (RTO " + DurationText.human(held.rto()) + ", RPO " + DurationText.human(held.rpo())
                + ").";
    }

    private static List<DrillReport.CriterionRow> criteria(Drill planned, DrillState d) {
        List<DrillReport.CriterionRow> rows = new ArrayList<>();
        for (SuccessCriterion c : planned.successCriteria()) {
            Optional<CriterionVerdict> v = d.verdict(c.id());
            String ownTarget = c.metric() == CriterionMetric.CUSTOM || c.max() == null ? "yes/no" : "≤ " + DurationText.human(c.max());
            rows.add(new DrillReport.CriterionRow(c.id(), title(c.title(), c.titleEn()),
                    v.map(CriterionVerdict::target).filter(t -> !t.isBlank()).map(t -> "≤ " + t).orElse(ownTarget),
                    v.map(CriterionVerdict::measured).orElse(""), v.map(x -> x.verdict().word()), v.map(CriterionVerdict::actor).orElse(""),
                    v.map(CriterionVerdict::evidence).orElse(""), v.map(CriterionVerdict::at)));
        }
        return rows;
    }

    private static List<DrillReport.InjectRow> injects(DrillState d, List<IncidentEvent> events) {
        List<DrillReport.InjectRow> rows = new ArrayList<>();
        for (InjectState i : d.injects()) {
            DrillInject inject = i.inject();
            String message = Stream.of(inject.message(), inject.messageEn()).filter(t -> t != null && !t.isBlank())
                    .reduce((a, b) -> a + " (" + b + ")").orElse("");
            String world = inject.fault() == null ? "" : faultWords(inject) + (i.worldChanged().isEmpty() ? ""
                    : i.worldChanged().get() ? " — done" : " — by hand") + (i.worldChange().isBlank() ? "" : ": " + i.worldChange());
            rows.add(new DrillReport.InjectRow(i.id(), (i.adHoc() ? "ad hoc, " : "") + planned(inject), status(i), i.firedAt(),
                    i.firedAt().map(f -> Duration.between(d.startedAt(), f)), i.firedBy(), message, inject.expect() == null ? "" : inject.expect(),
                    world, holds(i.id(), events), i.acknowledgedBy().map(by -> by + i.acknowledgedAt().map(at -> ", " + CLOCK.format(at))
                            .orElse("")).orElse("")));
        }
        return rows;
    }

    private static String status(InjectState i) {
        return switch (i.status()) {
            case SKIPPED -> "skipped" + (i.skipReason().isBlank() ? "" : ": " + i.skipReason());
            case NOT_TRIGGERED -> "not triggered";
            case NOT_REACHED -> "not reached";
            default -> i.status().word();
        };
    }

    private static String faultWords(DrillInject inject) {
        return inject.fault().name().toLowerCase(Locale.ROOT).replace('_', '-') + (inject.target() == null ? "" : " on " + inject.target())
                + (inject.value() == null ? "" : " (" + inject.value() + ")");
    }

    /** When it is due, as the events list has it. */
    static String planned(DrillInject inject) {
        if (inject.on() != null) {
            InjectTrigger on = inject.on();
            String what = Stream.of(on.node(), on.answer() == null ? null : "= " + on.answer(), on.procedure(), on.step(), on.checklist(),
                    on.item(), on.signal()).filter(t -> t != null && !t.isBlank()).reduce((a, b) -> a + " " + b).orElse("");
            String event = on.event() == null ? "event" : on.event().name().toLowerCase(Locale.ROOT).replace('_', '-');
            return "on " + event + (what.isEmpty() ? "" : " " + what) + (inject.after() == null ? "" : ", after " + DurationText.human(inject.after()));
        }
        return inject.at() == null ? "at once" : "at " + DurationText.human(inject.at());
    }

    private static String holds(String injectId, List<IncidentEvent> events) {
        List<String> said = new ArrayList<>();
        for (IncidentEvent e : events) {
            if (!injectId.equals(e.text("inject"))) {
                continue;
            }
            if (EventTypes.INJECT_HELD.equals(e.type())) {
                said.add("held " + CLOCK.format(e.time()) + " by " + e.actor());
            } else if (EventTypes.INJECT_RELEASED.equals(e.type())) {
                said.add("released " + CLOCK.format(e.time()) + " by " + e.actor());
            }
        }
        return String.join(", ", said);
    }

    private static List<DrillReport.ObservationRow> observations(DrillState d, Drill planned) {
        List<DrillReport.ObservationRow> rows = new ArrayList<>();
        for (Observation o : d.observations()) {
            String tagged = o.criterion().map(c -> "criterion " + planned.criterion(c).map(x -> title(x.title(), x.titleEn())).orElse(c))
                    .or(() -> o.objective().map(id -> "objective " + planned.objectives().stream().filter(x -> x.id().equals(id))
                            .findFirst().map(x -> title(x.title(), x.titleEn())).orElse(id)))
                    .orElse("");
            rows.add(new DrillReport.ObservationRow(o.at(), Duration.between(d.startedAt(), o.at()), o.actor(), kindWords(o.kind()), tagged,
                    o.text()));
        }
        return rows;
    }

    private static String kindWords(ObservationKind kind) {
        return switch (kind) {
            case STRENGTH -> "strength";
            case IMPROVEMENT -> "area for improvement";
            case NOTE -> "note";
        };
    }

    private static List<DrillReport.CleanupRow> cleanup(Drill planned, DrillState d, List<IncidentEvent> events) {
        List<DrillReport.CleanupRow> rows = new ArrayList<>();
        for (ChecklistItem item : planned.cleanup()) {
            Optional<IncidentEvent> ticked = events.stream().filter(e -> EventTypes.CLEANUP_TICKED.equals(e.type())
                    && item.id().equals(e.text("item"))).findFirst();
            rows.add(new DrillReport.CleanupRow(item.id(), title(item.title(), item.titleEn()), d.cleanupTicked().contains(item.id()),
                    ticked.map(IncidentEvent::actor).orElse(""), ticked.map(IncidentEvent::time)));
        }
        return rows;
    }

    private static String title(String title, String titleEn) {
        return titleEn == null || titleEn.isBlank() || titleEn.equals(title) ? title : title + " (" + titleEn + ")";
    }
}
