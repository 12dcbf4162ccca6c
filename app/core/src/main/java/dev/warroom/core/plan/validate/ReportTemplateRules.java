package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.load.DidYouMean;
import dev.warroom.core.plan.model.ReportTemplate;
import dev.warroom.core.plan.model.SectionContent;
import dev.warroom.core.plan.model.TemplateField;
import dev.warroom.core.plan.model.TemplateSection;
import dev.warroom.core.text.SafeText;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A plan's report templates: a name that is not a built-in one, at most one default per kind of report, and
 * sections whose author's fields fit what they hold. Ids are checked by {@link IdRules}.
 */
final class ReportTemplateRules implements PlanRule {

    private static final Set<SectionContent> AUTHORS = EnumSet.of(
            SectionContent.FIELD, SectionContent.FIELDS, SectionContent.TABLE, SectionContent.SIGN_OFFS);
    private static final List<String> DEFAULT_FOR = List.of(ReportTemplate.FOR_INCIDENT, ReportTemplate.FOR_DRILL);

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        Map<String, String> defaults = new HashMap<>();
        for (Located<ReportTemplate> template : PlanIndex.locate(index.plan().reportTemplates(), "/reportTemplates")) {
            checkName(template, findings);
            checkDefaultFor(template, defaults, findings);
            if (template.value().sections().isEmpty()) {
                findings.add(Finding.error(template.at("sections"), "report template '" + id(template.value())
                        + "' has no sections: list them, e.g. {id: summary, title: Summary, content: summary}"));
            }
            List<Located<TemplateSection>> sections = PlanIndex.locate(template.value().sections(), template.at("sections"));
            sections.forEach(section -> checkFields(section, findings));
            checkTableIds(template.value(), sections, findings);
        }
    }

    private static void checkName(Located<ReportTemplate> template, List<Finding> findings) {
        String id = template.value().id();
        if (ReportTemplate.BUILT_IN_IDS.contains(id)) {
            findings.add(Finding.error(template.at("id"), "report template id '" + id + "' is the name of a built-in template:"
                    + " give yours another id, and 'defaultFor: incident' or 'defaultFor: drill' to use it instead of the built-in one"));
        }
    }

    private static void checkDefaultFor(Located<ReportTemplate> template, Map<String, String> defaults, List<Finding> findings) {
        String defaultFor = template.value().defaultFor();
        if (defaultFor == null) {
            return;
        }
        String pointer = template.at("defaultFor");
        if (!DEFAULT_FOR.contains(defaultFor)) {
            findings.add(Finding.error(pointer, "defaultFor '" + SafeText.forId(defaultFor) + "' is neither incident nor drill"
                    + DidYouMean.hint(defaultFor, DEFAULT_FOR)));
            return;
        }
        String first = defaults.putIfAbsent(defaultFor, pointer);
        if (first != null) {
            findings.add(Finding.error(pointer, "a second report template is the default for " + (defaultFor.equals("drill") ? "a drill" : "an incident")
                    + ": keep defaultFor on one of them").firstDefinedAt(first));
        }
    }

    private static void checkFields(Located<TemplateSection> located, List<Finding> findings) {
        TemplateSection section = located.value();
        if (section.content() == null) {
            return;
        }
        String kind = kind(section.content());
        String what = "section '" + SafeText.forId(section.id()) + "' (" + kind + ")";
        int count = section.fields().size();
        if (!AUTHORS.contains(section.content())) {
            if (count > 0) {
                findings.add(Finding.error(located.at("fields"), what + " is filled from the plan and the journal, so it takes no fields;"
                        + " only field, fields, table and sign-offs sections do").atKey());
            }
            return;
        }
        if (count == 0) {
            findings.add(Finding.error(located.at("content"), what + " needs " + needs(section.content())));
        } else if (section.content() == SectionContent.FIELD && count > 1) {
            findings.add(Finding.error(located.at("fields", 1), what + " holds exactly one field, not " + count
                    + ": make it a fields section, or split it"));
        }
    }

    /** A table's rows are journalled under its section's id, in the same place as the other fields' ids. */
    private static void checkTableIds(ReportTemplate template, List<Located<TemplateSection>> sections, List<Finding> findings) {
        Set<String> fieldIds = template.sections().stream()
                .flatMap(section -> section.fields().stream())
                .map(TemplateField::id)
                .collect(Collectors.toSet());
        for (Located<TemplateSection> section : sections) {
            if (section.value().content() == SectionContent.TABLE && fieldIds.contains(section.value().id())) {
                findings.add(Finding.error(section.at("id"), "table section '" + SafeText.forId(section.value().id())
                        + "' has the id of a field in report template '" + id(template) + "': the author's rows are journalled"
                        + " under the table's id, so give it one no field has"));
            }
        }
    }

    private static String needs(SectionContent content) {
        return switch (content) {
            case FIELD -> "its one field: fields: [{id: root-cause, label: Root cause}]";
            case FIELDS -> "its fields: fields: [{id: impact, label: Impact}, {id: affected-users, label: Affected users}]";
            case TABLE -> "its columns in fields: fields: [{id: description, label: Description}, {id: priority, label: Priority}]";
            default -> "the roles that sign in fields: fields: [{id: technical-lead, label: Technical lead}]";
        };
    }

    private static String kind(SectionContent content) {
        return content.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String id(ReportTemplate template) {
        return SafeText.forId(template.id());
    }
}
