package dev.warroom.core.report;

import dev.warroom.core.incident.Established;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.Evidence;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentFold;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.ProcedureRun;
import dev.warroom.core.incident.StepRun;
import dev.warroom.core.incident.StepStatus;
import dev.warroom.core.plan.model.CriterionMetric;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.RtoBudget;
import dev.warroom.core.plan.model.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Measures the incident from plan and events: a pure function, so the same journal always gives the same measures. */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    public static IncidentReport build(Plan plan, List<IncidentEvent> events) {
        IncidentState state = IncidentFold.fold(plan, events);
        IncidentEvent opened = events.stream().filter(e -> EventTypes.OPENED.equals(e.type())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the journal holds no incident.opened event"));
        Instant impact = state.impactStartedAt();
        Optional<Instant> end = state.endedAt();

        Optional<Instant> recovered = state.status() == dev.warroom.core.incident.IncidentStatus.RESOLVED ? end : Optional.empty();
        Optional<dev.warroom.core.plan.model.Drill> drill = PlayedDrill.played(plan, state);
        Metric rto = new Metric("RTO", PlayedDrill.target(drill, CriterionMetric.RTO).or(() -> Optional.of(state.targets().rto())),
                recovered.map(e -> Duration.between(impact, e)));
        Metric rpo = new Metric("RPO", PlayedDrill.target(drill, CriterionMetric.RPO).or(() -> Optional.of(state.targets().rpo())),
                state.lagAtPromotion());
        RtoBudget budget = plan.targets().rtoBudget();
        List<Metric> phases = List.of(
                new Metric("detection", Optional.ofNullable(budget == null ? null : budget.detection()),
                        Optional.of(Duration.between(impact, state.openedAt()))),
                new Metric("decision", Optional.ofNullable(budget == null ? null : budget.decision()),
                        state.decidedAt().map(d -> Duration.between(state.openedAt(), d))),
                new Metric("recovery", Optional.ofNullable(budget == null ? null : budget.recovery()),
                        state.decidedAt().flatMap(d -> state.recoveredAt().map(r -> Duration.between(d, r)))),
                new Metric("verification", Optional.ofNullable(budget == null ? null : budget.verification()),
                        state.recoveredAt().flatMap(r -> recovered.map(e -> Duration.between(r, e)))));

        return new IncidentReport(plan.system(), plan.id(), state.mode().word(), state.scenario(), opened.text("world"),
                state.status().name().toLowerCase(java.util.Locale.ROOT), state.endReason(), impact, state.openedAt(), end, rto, rpo, phases,
                steps(plan, state), drill.map(dev.warroom.core.plan.model.Drill::id));
    }

    private static List<StepRow> steps(Plan plan, IncidentState state) {
        List<StepRow> rows = new ArrayList<>();
        for (ProcedureRun run : state.procedures()) {
            for (StepRun s : run.steps()) {
                String title = plan.procedures().stream().filter(p -> p.id().equals(run.procedureId())).findFirst()
                        .flatMap(p -> p.steps().stream().filter(x -> x.id().equals(s.stepId())).findFirst())
                        .map(ReportBuilder::title).orElse(s.stepId());
                Optional<Duration> took = s.startedAt().flatMap(a -> s.finishedAt().map(b -> Duration.between(a, b)));
                rows.add(new StepRow(run.procedureId(), s.stepId(), title, statusWords(s), s.confirmedBy(), s.startedAt(), took,
                        s.attempts(), s.detail(), s.status() == StepStatus.SUCCEEDED ? evidence(s).words() : ""));
            }
        }
        return rows;
    }

    /** A done step says how it was established; a step nobody checked is never plain "succeeded". */
    static String statusWords(StepRun s) {
        if (s.status() != StepStatus.SUCCEEDED) {
            return s.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
        return switch (evidence(s).how()) {
            case VERIFIED -> "done — verified";
            case CONFIRMED -> "done — confirmed";
            case UNVERIFIED -> "done — not verified";
        };
    }

    private static Evidence evidence(StepRun s) {
        return s.evidence().orElseGet(() -> new Evidence(Established.UNVERIFIED, "", "the journal does not say how it was checked",
                Optional.empty(), "", "", ""));
    }

    static String title(Step step) {
        return step.titleEn() == null ? step.title() : step.title() + " (" + step.titleEn() + ")";
    }
}
