package dev.warroom.core.incident;

import dev.warroom.core.plan.model.Step;
import dev.warroom.core.world.ActionPreview;
import java.util.Optional;

/**
 * The next step as the commander sees it before confirming: the step, what it will change
 * ({@code preview}, for action steps), and, for destructive steps, the name to type.
 */
public record StepProposal(String procedureId, Step step, StepStatus status, Optional<ActionPreview> preview,
        Optional<String> typedConfirmation, String detail, int attempts) {

    public boolean needsTypedName() {
        return typedConfirmation.isPresent();
    }
}
