package dev.warroom.core.incident;

import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Procedure;
import dev.warroom.core.plan.model.Step;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an incident can go on under another plan: everything its journal has reached — the nodes of
 * its path, the procedures it started, and every step that has left "pending" — must be in the new plan,
 * and a step still in flight (proposed, confirmed, running, of unknown outcome, failed or rolled back) must
 * change the same thing the same way there (same action kind, target and destructiveness), so its outcome
 * carries across; a drill being played must be in the new plan, with every inject that has moved on from
 * pending. Anything else is refused, step by step, in words.
 */
public final class PlanAdoption {

    private static final Set<StepStatus> IN_FLIGHT = EnumSet.of(StepStatus.PROPOSED, StepStatus.CONFIRMED, StepStatus.RUNNING,
            StepStatus.OUTCOME_UNKNOWN, StepStatus.FAILED, StepStatus.ROLLED_BACK);

    private PlanAdoption() {
    }

    /** What stands in the way of going on under {@code next}; empty when every outcome carries across. */
    public static List<String> problems(Plan current, Plan next, List<IncidentEvent> events) {
        IncidentState state = IncidentFold.fold(current, events);
        List<String> problems = new ArrayList<>();
        for (PathEntry entry : state.path()) {
            if (node(next, entry.node()).isEmpty()) {
                problems.add("the incident has been at decision '" + entry.node() + "', which the new plan does not have");
            }
        }
        for (ProcedureRun run : state.procedures()) {
            Optional<Procedure> now = procedure(next, run.procedureId());
            if (now.isEmpty()) {
                problems.add("procedure '" + run.procedureId() + "' was started, and the new plan does not have it");
                continue;
            }
            Optional<Procedure> before = procedure(current, run.procedureId());
            for (StepRun step : run.steps()) {
                if (step.status() == StepStatus.PENDING) {
                    continue;
                }
                Optional<Step> there = step(now.get(), step.stepId());
                String where = "step '" + run.procedureId() + "/" + step.stepId() + "' (" + words(step.status()) + ")";
                if (there.isEmpty()) {
                    problems.add(where + " is not in the new plan");
                } else if (IN_FLIGHT.contains(step.status())) {
                    before.flatMap(p -> step(p, step.stepId())).filter(was -> !sameChange(was, there.get()))
                            .ifPresent(was -> problems.add(where + " changes something else in the new plan (" + change(was) + " → "
                                    + change(there.get()) + "); its outcome would not carry across"));
                }
            }
        }
        state.drill().ifPresent(drill -> drillProblems(drill, next, problems));
        return problems;
    }

    /** A drill carries across only if the new plan has it, with every inject of the plan's that has moved on from pending. */
    private static void drillProblems(dev.warroom.core.drill.DrillState drill, Plan next, List<String> problems) {
        Optional<dev.warroom.core.plan.model.Drill> there = next.drills().stream().filter(d -> d.id().equals(drill.drillId())).findFirst();
        if (there.isEmpty()) {
            problems.add("the incident plays drill '" + drill.drillId() + "', which the new plan does not have");
            return;
        }
        for (dev.warroom.core.drill.InjectState inject : drill.injects()) {
            boolean movedOn = inject.status() != dev.warroom.core.drill.InjectStatus.PENDING || inject.dueAt().isPresent()
                    && inject.inject().triggered();
            if (!inject.adHoc() && movedOn && there.get().inject(inject.id()).isEmpty()) {
                problems.add("inject '" + inject.id() + "' of drill '" + drill.drillId() + "' is " + inject.status().word()
                        + ", and the new plan's drill does not have it");
            }
        }
    }

    private static boolean sameChange(Step a, Step b) {
        return Objects.equals(kind(a), kind(b)) && Objects.equals(target(a), target(b)) && a.isDestructive() == b.isDestructive();
    }

    private static String change(Step s) {
        return (kind(s) == null ? "manual" : kind(s)) + (target(s) == null ? "" : " on " + target(s))
                + (s.isDestructive() ? ", destructive" : "");
    }

    private static String kind(Step s) {
        return s.action() == null ? null : s.action().kind();
    }

    private static String target(Step s) {
        return s.action() == null ? null : s.action().target();
    }

    private static Optional<DecisionNode> node(Plan plan, String id) {
        return plan.decisionTree().nodes().stream().filter(n -> n.id().equals(id)).findFirst();
    }

    private static Optional<Procedure> procedure(Plan plan, String id) {
        return plan.procedures().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private static Optional<Step> step(Procedure procedure, String id) {
        return procedure.steps().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private static String words(StepStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
