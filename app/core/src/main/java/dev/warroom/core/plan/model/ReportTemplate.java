package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * A report's shape, as data: its sections in order, each filled from the plan and the journal or by the
 * author. Never code: a template cannot run anything. WarRoom has three built in (incident, drill,
 * after-action); a plan may carry its own, e.g. the report its source document asks for.
 */
public record ReportTemplate(
        @JsonProperty(required = true)
        @JsonPropertyDescription("Id, the name --template takes; unique within the plan and not one of the built-in names"
                + " (incident, drill, after-action).")
        String id,
        @JsonProperty(required = true) @JsonPropertyDescription("The report's title, as the document writes it.") String title,
        @JsonPropertyDescription("The title in English, where the document writes it in another language.") String titleEn,
        @JsonPropertyDescription("incident or drill: the reports it is the default for, instead of the built-in one.") String defaultFor,
        @JsonProperty(required = true) @JsonPropertyDescription("The report's sections, in order.") List<TemplateSection> sections) {

    /** The names of the templates WarRoom has built in, in the order they are listed. */
    public static final List<String> BUILT_IN_IDS = List.of("incident", "drill", "after-action");

    /** {@link #defaultFor} of the template an incident's report uses by default. */
    public static final String FOR_INCIDENT = "incident";

    /** {@link #defaultFor} of the template a drill's report uses by default. */
    public static final String FOR_DRILL = "drill";

    public ReportTemplate {
        sections = Lists.of(sections);
    }

    /** Whether this template is the default for a drill's report ({@code true}) or an incident's ({@code false}). */
    @JsonIgnore
    public boolean isDefaultFor(boolean drill) {
        return (drill ? FOR_DRILL : FOR_INCIDENT).equals(defaultFor);
    }
}
