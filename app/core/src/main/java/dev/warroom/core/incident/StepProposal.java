package dev.warroom.core.incident;

import dev.warroom.core.plan.model.Step;
import dev.warroom.core.world.ActionPreview;
import java.util.Optional;

/**
 * The next step as the commander sees it before confirming: the step, what it will change
 * ({@code preview}, for action steps), and, for destructive steps, the name to type; {@code values}: the
 * parameter values it uses (already filled into {@code step}) and where each comes from.
 */
public record StepProposal(String procedureId, Step step, StepStatus status, Optional<ActionPreview> preview,
        Optional<String> typedConfirmation, String detail, int attempts, java.util.List<ShownValue> values) {

    /**
     * A parameter value the step uses, as the dry run shows it: {@code value} empty while missing; {@code source}
     * asked, default or reading once frozen, {@code reading now} while only the latest reading gives it.
     */
    public record ShownValue(String parameter, String title, Optional<String> value, String source) {

        public boolean missing() {
            return value.isEmpty();
        }
    }

    public StepProposal {
        values = java.util.List.copyOf(values);
    }

    public StepProposal(String procedureId, Step step, StepStatus status, Optional<ActionPreview> preview,
            Optional<String> typedConfirmation, String detail, int attempts) {
        this(procedureId, step, status, preview, typedConfirmation, detail, attempts, java.util.List.of());
    }

    /** The values the step still lacks. */
    public java.util.List<ShownValue> missingValues() {
        return values.stream().filter(ShownValue::missing).toList();
    }

    public boolean needsTypedName() {
        return typedConfirmation.isPresent();
    }
}
