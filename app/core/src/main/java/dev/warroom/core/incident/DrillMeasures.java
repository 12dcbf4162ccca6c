package dev.warroom.core.incident;

import dev.warroom.core.drill.CriterionMeasure;
import dev.warroom.core.drill.CriterionScore;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.SuccessCriterion;
import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the journal can measure of a drill's success criteria, against the drill's own bounds:
 * <ul>
 * <li>RTO as the report measures it: from the impact to the incident's resolution;</li>
 * <li>RPO: the replica lag at promotion (the largest, if several promotions started);</li>
 * <li>data loss: the same lag, the writes at risk when the replica was promoted ({@code max: 0s} means none).</li>
 * </ul>
 * An incident aborted without the measure (before recovery, before a promotion) leaves it undetermined
 * with the reason, never met; one resolved without a promotion (the database failed over on its own) leaves
 * RPO and data loss to the facilitator, as it does custom criteria; one still running leaves them to be
 * measured later.
 */
final class DrillMeasures {

    private DrillMeasures() {
    }

    static List<CriterionMeasure> measure(Drill drill, IncidentState state, List<IncidentEvent> events) {
        return drill.successCriteria().stream().map(c -> measure(c, state, events)).toList();
    }

    private static CriterionMeasure measure(SuccessCriterion criterion, IncidentState state, List<IncidentEvent> events) {
        if (criterion.metric() == null) {
            return CriterionScore.askFacilitator(criterion, "the criterion names no metric: the facilitator judges it");
        }
        return switch (criterion.metric()) {
            case RTO -> rto(criterion, state, events);
            case RPO, DATA_LOSS -> lagAtPromotion(criterion, state, events);
            case CUSTOM -> CriterionScore.askFacilitator(criterion, "a custom criterion: the journal cannot measure it, the facilitator judges it");
        };
    }

    private static CriterionMeasure rto(SuccessCriterion criterion, IncidentState state, List<IncidentEvent> events) {
        Instant impact = state.impactStartedAt();
        if (state.status() == IncidentStatus.RESOLVED && state.endedAt().isPresent()) {
            Instant resolved = state.endedAt().get();
            String evidence = openedWords(state) + " → " + EventTypes.RESOLVED + " " + offset(impact, resolved);
            return CriterionScore.measured(criterion, Duration.between(impact, resolved), evidence);
        }
        if (state.status() == IncidentStatus.ABORTED) {
            return CriterionScore.unmeasurable(criterion, "the incident was aborted before it recovered (" + EventTypes.ABORTED + " "
                    + offset(impact, state.endedAt().orElse(impact)) + "): the journal holds no recovery time");
        }
        return CriterionScore.askFacilitator(criterion, "not measured yet: the incident has not recovered");
    }

    private static CriterionMeasure lagAtPromotion(SuccessCriterion criterion, IncidentState state, List<IncidentEvent> events) {
        Optional<Duration> lag = state.lagAtPromotion();
        if (lag.isPresent()) {
            Optional<IncidentEvent> promotion = events.stream()
                    .filter(e -> EventTypes.STEP_STARTED.equals(e.type()) && RecoveryPhases.measuresRpo(e.text("kind")))
                    .filter(e -> e.data().path("lagAtStartMillis").asLong(-1) == lag.get().toMillis()).findFirst();
            String evidence = promotion.map(e -> EventTypes.STEP_STARTED + " " + e.text("step") + " " + offset(state.impactStartedAt(), e.time())
                    + ": replica lag " + DurationText.human(lag.get()) + " at promotion").orElse("replica lag " + DurationText.human(lag.get())
                    + " at promotion");
            return CriterionScore.measured(criterion, lag.get(), evidence);
        }
        if (state.status() == IncidentStatus.ABORTED) {
            return CriterionScore.unmeasurable(criterion, "the journal records no replica lag at a promotion: no database.promote step started"
                    + " before the incident was aborted");
        }
        if (state.status() == IncidentStatus.RESOLVED) {
            return CriterionScore.askFacilitator(criterion, "the journal records no replica lag at a promotion (no database.promote step"
                    + " started): the facilitator judges it");
        }
        return CriterionScore.askFacilitator(criterion, "not measured yet: no promotion has started");
    }

    private static String openedWords(IncidentState state) {
        if (state.impactStartedAt().equals(state.openedAt())) {
            return EventTypes.OPENED + " 00:00";
        }
        return "impact 00:00 (" + EventTypes.OPENED + " " + offset(state.impactStartedAt(), state.openedAt()) + ")";
    }

    /** Minutes and seconds since the impact, as a stopwatch shows them: 04:12, 95:03. */
    static String offset(Instant from, Instant to) {
        long seconds = Math.max(0, Duration.between(from, to).getSeconds());
        return String.format(java.util.Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
    }
}
