package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/** One success criterion of a drill: a measured bound (rto, rpo, data-loss) or a custom check. */
public record SuccessCriterion(
        @JsonProperty(required = true) CriterionMetric metric,
        @JsonProperty(required = true) String title,
        String titleEn,
        Duration max) {
}
