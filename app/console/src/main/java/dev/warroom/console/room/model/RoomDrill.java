package dev.warroom.console.room.model;

import dev.warroom.core.drill.DrillState;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.plan.model.CriterionMetric;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.SuccessCriterion;
import java.time.Duration;
import java.util.Optional;

/** What of a drill the participants' room may know: which drill it is, whether its clock is paused, its own RTO and RPO targets. */
public final class RoomDrill {

    private RoomDrill() {
    }

    /** The plan's drill the incident plays, if it plays one. */
    public static Optional<Drill> of(Plan plan, IncidentState state) {
        return state.drill().map(DrillState::drillId).flatMap(id -> plan.drills().stream().filter(d -> d.id().equals(id)).findFirst());
    }

    /** True while the facilitator has the drill clock paused (clock.paused is an event the room may show). */
    public static boolean paused(IncidentState state) {
        return state.drill().map(d -> d.clock().paused()).orElse(false);
    }

    /**
     * The RTO the room's clock is held to: the drill's own RTO criterion when it plays a drill that has one, else the
     * incident's target (its severity level's, or the plan's).
     */
    public static Duration rtoTarget(Plan plan, IncidentState state) {
        return drillBound(plan, state, CriterionMetric.RTO).orElse(state.targets().rto());
    }

    /** The RPO the room's lag gauge is held to: the drill's own RPO criterion when it has one, else the incident's target. */
    public static Duration rpoTarget(Plan plan, IncidentState state) {
        return drillBound(plan, state, CriterionMetric.RPO).orElse(state.targets().rpo());
    }

    private static Optional<Duration> drillBound(Plan plan, IncidentState state, CriterionMetric metric) {
        return of(plan, state).flatMap(drill -> drill.successCriteria().stream().filter(c -> c.metric() == metric)
                .map(SuccessCriterion::max).filter(max -> max != null).findFirst());
    }
}
