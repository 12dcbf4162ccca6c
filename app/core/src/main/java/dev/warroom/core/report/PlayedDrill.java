package dev.warroom.core.report;

import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.plan.model.CriterionMetric;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.InjectTrigger;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.SuccessCriterion;
import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The plan's drill an incident played, its own RTO/RPO targets, and when each inject is due, in words. */
final class PlayedDrill {

    private PlayedDrill() {
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
}
