package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;
import java.util.List;

/**
 * A condition over live state, e.g. "all primary health checks failing for 5 min". It selects
 * resources (by id, by site, by kind), tests each against {@code condition}, and holds when
 * {@code quantifier} of them pass continuously for {@code sustained}.
 */
public record Signal(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        String titleEn,
        List<String> resources,
        String site,
        List<String> kinds,
        @JsonProperty(required = true) SignalCondition condition,
        @JsonPropertyDescription("Threshold for lag conditions, e.g. 60s.") Duration threshold,
        Quantifier quantifier,
        @JsonPropertyDescription("How long the condition must hold, e.g. 5m.") Duration sustained,
        String source,
        @JsonPropertyDescription("For metric conditions (and lag conditions over a window): the span of samples the metric is computed over, e.g. 5m.")
        Duration window,
        @JsonPropertyDescription("For latency-above, and lag conditions over a window: the percentile of the samples compared with threshold, e.g. 95.")
        Integer percentile,
        @JsonPropertyDescription("For error-rate-above and availability-below: the limit in percent, e.g. 50 or 99.5.") Double percent) {

    public Signal {
        resources = Lists.of(resources);
        kinds = Lists.of(kinds);
        quantifier = quantifier == null ? Quantifier.ALL : quantifier;
    }
}
