package dev.warroom.core.drill;

import dev.warroom.core.plan.model.SuccessCriterion;
import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.util.Optional;

/**
 * A measured criterion against the drill's own bound: met when the measure is within {@code max}
 * (inclusive), not met beyond it. A measure the journal does not hold is undetermined with the reason,
 * never met; a custom criterion, or a measured one without a bound, is left to the facilitator.
 */
public final class CriterionScore {

    private CriterionScore() {
    }

    public static CriterionMeasure measured(SuccessCriterion criterion, Duration measured, String evidence) {
        String target = target(criterion);
        if (criterion.max() == null) {
            return new CriterionMeasure(criterion, Optional.of(words(measured)), target, Optional.empty(),
                    evidence + "; the criterion has no max to judge it by");
        }
        Verdict verdict = measured.compareTo(criterion.max()) <= 0 ? Verdict.MET : Verdict.NOT_MET;
        return new CriterionMeasure(criterion, Optional.of(words(measured)), target, Optional.of(verdict), evidence);
    }

    /** The journal cannot hold this measure (e.g. the incident ended before recovery): undetermined, and why. */
    public static CriterionMeasure unmeasurable(SuccessCriterion criterion, String why) {
        return new CriterionMeasure(criterion, Optional.empty(), target(criterion), Optional.of(Verdict.UNDETERMINED), why);
    }

    /** Not measured yet, or not measurable from the journal at all: the facilitator is asked. */
    public static CriterionMeasure askFacilitator(SuccessCriterion criterion, String why) {
        return new CriterionMeasure(criterion, Optional.empty(), target(criterion), Optional.empty(), why);
    }

    /** The drill's own bound in words ("5m"), or "" for a criterion without one. */
    public static String target(SuccessCriterion criterion) {
        return criterion.max() == null ? "" : DurationText.format(criterion.max());
    }

    /** A measured duration in words, to the second, e.g. "4m12s". */
    public static String words(Duration measured) {
        return DurationText.human(measured);
    }
}
