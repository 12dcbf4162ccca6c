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
        @JsonProperty(required = true) @JsonPropertyDescription("Signal id: lowercase kebab-case ASCII (db-east-down); suggestions, reassess nodes and step conditions name it.")
        String id,
        @JsonProperty(required = true) @JsonPropertyDescription("What the signal means, as written, e.g. 'primary database unreachable'.")
        String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String titleEn,
        @JsonPropertyDescription("Select these resources (resource ids), besides those site and kinds select. A signal needs resources, site or kinds.")
        List<String> resources,
        @JsonPropertyDescription("Select the resources in this site (a site id).") String site,
        @JsonPropertyDescription("Select resources of these resource kinds, e.g. [aws-rds, postgres]: within site when it is given, else in every site.") List<String> kinds,
        @JsonProperty(required = true) @JsonPropertyDescription("What each selected resource is tested for: down, healthy, unreachable, lag-above, lag-below, is-primary, is-replica, health-event, error-rate-above, availability-below or latency-above.")
        SignalCondition condition,
        @JsonPropertyDescription("Threshold for lag conditions, e.g. 60s.") Duration threshold,
        @JsonPropertyDescription("How many selected resources must meet the condition: all (default), any or none.") Quantifier quantifier,
        @JsonPropertyDescription("How long the condition must hold, e.g. 5m.") Duration sustained,
        @JsonPropertyDescription("Where the document says this is watched, e.g. Azure Monitor, CloudWatch alarm. Reference only.") String source,
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
