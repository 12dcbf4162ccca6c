package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * A report's shape, as data: its sections in order, each filled from the plan and the journal or by the
 * author. Never code: a template cannot run anything. WarRoom has three built in (incident, drill,
 * after-action); a plan may carry its own, e.g. the report its source document asks for.
 */
public record ReportTemplate(
        @JsonProperty(required = true) @JsonPropertyDescription("Id, the name --template takes.") String id,
        @JsonProperty(required = true) String title,
        String titleEn,
        @JsonPropertyDescription("incident or drill: the reports it is the default for, instead of the built-in one.") String defaultFor,
        @JsonProperty(required = true) List<TemplateSection> sections) {

    public ReportTemplate {
        sections = Lists.of(sections);
    }
}
