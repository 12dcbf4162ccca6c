package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;
import java.util.List;

/** A rule for telling people outside the team. */
public record ExternalNotice(
        @JsonProperty(required = true) @JsonPropertyDescription("Notice id: lowercase kebab-case ASCII (customer-notice).") String id,
        @JsonProperty(required = true) @JsonPropertyDescription("Name as written.") String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String titleEn,
        @JsonPropertyDescription("When to notify, as written, e.g. outage longer than 30 minutes.") String trigger,
        @JsonPropertyDescription("How long into the incident the notice is due, a duration, e.g. 30m.") Duration after,
        @JsonPropertyDescription("Where the notice goes (channel ids).") List<String> channels,
        @JsonPropertyDescription("The message template, as written.") String template,
        @JsonPropertyDescription("What the notice must say, as written.") List<String> content) {

    public ExternalNotice {
        channels = Lists.of(channels);
        content = Lists.of(content);
    }
}
