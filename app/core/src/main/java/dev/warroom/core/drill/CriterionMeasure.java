package dev.warroom.core.drill;

import dev.warroom.core.plan.model.SuccessCriterion;
import java.util.Optional;

/**
 * What the journal can say of one success criterion before anyone judges it: the measured value and the
 * verdict it implies, with the evidence, or nothing (a custom criterion, or a measure the journal does not
 * hold yet), in which case the facilitator is asked.
 */
public record CriterionMeasure(SuccessCriterion criterion, Optional<String> measured, String target, Optional<Verdict> verdict,
        String evidence) {

    public boolean askFacilitator() {
        return verdict.isEmpty();
    }
}
