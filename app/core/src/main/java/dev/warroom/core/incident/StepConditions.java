package dev.warroom.core.incident;

import dev.warroom.core.plan.model.ConditionState;
import dev.warroom.core.plan.model.StepCondition;
import dev.warroom.core.plan.model.StepOutcomeState;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.ReplicationRole;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Judges a step's {@code when:} against the world, the run's earlier steps and its parameter values. Stateless. */
final class StepConditions {

    /** Whether the step applies, and why, in words a commander reads in the journal. */
    record Judgement(boolean applies, String because) {
    }

    private StepConditions() {
    }

    static Judgement judge(StepCondition when, ProcedureRun run, Map<String, ResourceReading> readings,
            Function<String, Optional<SignalStatus>> signals, Map<String, String> values) {
        if (when.signal() != null) {
            boolean satisfied = signals.apply(when.signal()).map(SignalStatus::satisfied).orElse(false);
            boolean wanted = when.holds();
            return new Judgement(satisfied == wanted, "signal '" + when.signal() + "' " + (satisfied ? "holds" : "does not hold")
                    + (wanted ? "" : " (the step applies while it does not)"));
        }
        if (when.resource() != null && when.is() != null) {
            return resource(when.resource(), when.is(), readings.get(when.resource()));
        }
        if (when.step() != null && when.outcome() != null) {
            StepStatus status = run.step(when.step()).map(StepRun::status).orElse(StepStatus.PENDING);
            boolean applies = switch (when.outcome()) {
                case SUCCEEDED -> status == StepStatus.SUCCEEDED;
                case SKIPPED -> status == StepStatus.SKIPPED;
                case FAILED -> status == StepStatus.FAILED || status == StepStatus.REFUSED || status == StepStatus.ROLLED_BACK;
            };
            return new Judgement(applies, "step '" + when.step() + "' " + words(status) + (applies ? "" : ", not " + words(when.outcome())));
        }
        if (when.param() != null) {
            Optional<String> value = Optional.ofNullable(values.get(when.param()));
            String wanted = when.equals() == null ? "" : when.equals();
            boolean applies = value.map(v -> v.equals(wanted)).orElse(false);
            return new Judgement(applies, "parameter '" + when.param() + "' is " + value.map(v -> "'" + v + "'").orElse("not set")
                    + (applies ? "" : ", not '" + wanted + "'"));
        }
        return new Judgement(true, "the condition names nothing to judge");
    }

    private static Judgement resource(String id, ConditionState wanted, ResourceReading reading) {
        if (reading == null) {
            return new Judgement(wanted == ConditionState.UNREACHABLE || wanted == ConditionState.DOWN,
                    "resource '" + id + "' has no reading");
        }
        boolean reachable = reading.reachable();
        Optional<Health> health = reading.observation().map(o -> o.health());
        Optional<ReplicationRole> role = reading.observation().map(o -> o.role());
        boolean applies = switch (wanted) {
            case REACHABLE -> reachable;
            case UNREACHABLE -> !reachable;
            case HEALTHY -> reachable && health.map(h -> h == Health.UP).orElse(false);
            case DOWN -> !reachable || health.map(h -> h == Health.DOWN).orElse(false);
            case PRIMARY -> reachable && role.map(r -> r == ReplicationRole.PRIMARY).orElse(false);
            case REPLICA -> reachable && role.map(r -> r == ReplicationRole.REPLICA).orElse(false);
        };
        String seen = !reachable ? "unreachable (" + reading.problem().orElse("") + ")"
                : "reachable, " + health.map(h -> h.name().toLowerCase(Locale.ROOT)).orElse("no observation")
                        + role.filter(r -> r != ReplicationRole.NONE).map(r -> ", " + r.name().toLowerCase(Locale.ROOT)).orElse("");
        return new Judgement(applies, "resource '" + id + "' is " + seen + (applies ? "" : ", not " + wanted.name().toLowerCase(Locale.ROOT)));
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
