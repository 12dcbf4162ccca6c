package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;

/** One success criterion of a drill: a measured bound (rto, rpo, data-loss) or a custom yes/no check. */
public record SuccessCriterion(
        @JsonPropertyDescription("Id, unique within the drill; the metric (custom-N for custom ones) if absent.") String id,
        @JsonProperty(required = true) @JsonPropertyDescription("What is measured: rto, rpo, data-loss (each needs max) or custom (judged by the facilitator from its title).")
        CriterionMetric metric,
        @JsonProperty(required = true) @JsonPropertyDescription("The criterion as written.") String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String titleEn,
        @JsonPropertyDescription("The bound a measured criterion must stay within: the drill's own target.") Duration max,
        @JsonPropertyDescription("true when the plan author added this criterion beyond the source document; shown as derived in every language.") Boolean derived) {

    public SuccessCriterion withId(String newId) {
        return new SuccessCriterion(newId, metric, title, titleEn, max, derived);
    }

    /** Whether the plan author added this beyond the source document. */
    public boolean isDerived() {
        return Boolean.TRUE.equals(derived);
    }

    /** Without {@code derived}: taken from the source document. */
    public SuccessCriterion(String id, CriterionMetric metric, String title, String titleEn, Duration max) {
        this(id, metric, title, titleEn, max, null);
    }
}
