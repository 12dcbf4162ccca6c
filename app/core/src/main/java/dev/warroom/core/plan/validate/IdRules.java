package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.model.Answer;
import dev.warroom.core.plan.model.Backup;
import dev.warroom.core.plan.model.Channel;
import dev.warroom.core.plan.model.Checklist;
import dev.warroom.core.plan.model.ChecklistItem;
import dev.warroom.core.plan.model.Contact;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.DegradationLevel;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.DrillObjective;
import dev.warroom.core.plan.model.ExternalNotice;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Procedure;
import dev.warroom.core.plan.model.ReferenceSection;
import dev.warroom.core.plan.model.ReportTemplate;
import dev.warroom.core.plan.model.Role;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.plan.model.ServiceTarget;
import dev.warroom.core.plan.model.SeverityResponse;
import dev.warroom.core.plan.model.SeverityTarget;
import dev.warroom.core.plan.model.Signal;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.plan.model.SuccessCriterion;
import dev.warroom.core.plan.model.TemplateSection;
import dev.warroom.core.text.SafeText;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Ids are lowercase kebab-case ASCII and unique within their namespace. */
final class IdRules implements PlanRule {

    private static final Pattern KEBAB = Pattern.compile("^[a-z0-9][a-z0-9-]*$");

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        Plan plan = index.plan();
        checkForm(plan.id(), "/id", findings);

        Ids sitesAndResources = new Ids("", findings);
        index.sites().forEach(site -> sitesAndResources.add(site.value().id(), "site", site.at("id")));
        index.resources().forEach(resource -> sitesAndResources.add(resource.value().id(), "resource", resource.at("id")));

        Ids nodes = new Ids("", findings);
        for (Located<DecisionNode> node : index.nodes()) {
            nodes.add(node.value().id(), "node", node.at("id"));
            unique(PlanIndex.locate(node.value().answers(), node.at("answers")), Answer::id, "answer",
                    " in node '" + node.value().id() + "'", findings);
        }
        Ids procedures = new Ids("", findings);
        for (Located<Procedure> procedure : index.procedures()) {
            procedures.add(procedure.value().id(), "procedure", procedure.at("id"));
            unique(PlanIndex.locate(procedure.value().steps(), procedure.at("steps")), Step::id, "step",
                    " in procedure '" + procedure.value().id() + "'", findings);
        }
        Ids checklists = new Ids("", findings);
        for (Located<Checklist> checklist : index.checklists()) {
            checklists.add(checklist.value().id(), "checklist", checklist.at("id"));
            unique(PlanIndex.locate(checklist.value().items(), checklist.at("items")), ChecklistItem::id, "item",
                    " in checklist '" + checklist.value().id() + "'", findings);
        }
        unique(index.roles(), Role::id, "role", "", findings);
        unique(index.channels(), Channel::id, "channel", "", findings);
        unique(index.signals(), Signal::id, "signal", "", findings);
        unique(index.scenarios(), Scenario::id, "scenario", "", findings);
        unique(index.drills(), Drill::id, "drill", "", findings);
        index.drills().forEach(drill -> uniqueWithinDrill(drill, findings));
        unique(PlanIndex.locate(plan.contacts(), "/contacts"), Contact::id, "contact", "", findings);
        unique(PlanIndex.locate(plan.backups(), "/backups"), Backup::id, "backup", "", findings);
        unique(PlanIndex.locate(plan.degradationLevels(), "/degradationLevels"), DegradationLevel::id, "degradation level", "",
                findings);
        unique(PlanIndex.locate(plan.reference(), "/reference"), ReferenceSection::id, "reference section", "", findings);
        List<Located<ReportTemplate>> templates = PlanIndex.locate(plan.reportTemplates(), "/reportTemplates");
        unique(templates, ReportTemplate::id, "report template", "", findings);
        templates.forEach(template -> uniqueWithinTemplate(template, findings));
        if (plan.targets() != null) {
            unique(PlanIndex.locate(plan.targets().severities(), "/targets/severities"), SeverityTarget::id, "severity", "",
                    findings);
            unique(PlanIndex.locate(plan.targets().services(), "/targets/services"), ServiceTarget::id, "service", "", findings);
        }
        if (plan.escalation() != null) {
            unique(PlanIndex.locate(plan.escalation().severities(), "/escalation/severities"), SeverityResponse::id,
                    "severity", "", findings);
        }
        if (plan.communication() != null) {
            unique(PlanIndex.locate(plan.communication().external(), "/communication/external"), ExternalNotice::id,
                    "external notice", "", findings);
        }
    }

    /** Criterion and inject ids may have been filled in by position, so their duplicates say how. */
    private static void uniqueWithinDrill(Located<Drill> located, List<Finding> findings) {
        Drill drill = located.value();
        String scope = " in drill '" + SafeText.forId(drill.id()) + "'";
        unique(PlanIndex.locate(drill.successCriteria(), located.at("successCriteria")), SuccessCriterion::id, "criterion",
                scope + ": a criterion without an id takes its metric's name (custom-1, custom-2 … for custom ones),"
                        + " so give each its own id", findings);
        unique(PlanIndex.locate(drill.injects(), located.at("injects")), DrillInject::id, "inject",
                scope + ": an inject without an id takes inject-N, N its place in the list, so give it another", findings);
        unique(PlanIndex.locate(drill.objectives(), located.at("objectives")), DrillObjective::id, "objective", scope, findings);
        unique(PlanIndex.locate(drill.cleanup(), located.at("cleanup")), ChecklistItem::id, "cleanup item", scope, findings);
    }

    /** The author's entries are journalled under a field's id, so field ids are unique across the whole template. */
    private static void uniqueWithinTemplate(Located<ReportTemplate> template, List<Finding> findings) {
        String scope = " in report template '" + SafeText.forId(template.value().id()) + "'";
        List<Located<TemplateSection>> sections = PlanIndex.locate(template.value().sections(), template.at("sections"));
        unique(sections, TemplateSection::id, "section", scope, findings);
        Ids fields = new Ids(scope + ": the author's entries are journalled under a field's id,"
                + " so each field of a template needs its own (a table's columns too)", findings);
        for (Located<TemplateSection> section : sections) {
            PlanIndex.locate(section.value().fields(), section.at("fields"))
                    .forEach(field -> fields.add(field.value().id(), "field", field.at("id")));
        }
    }

    private static <T> void unique(List<Located<T>> items, Function<T, String> id, String noun, String scope,
            List<Finding> findings) {
        Ids ids = new Ids(scope, findings);
        items.forEach(item -> ids.add(id.apply(item.value()), noun, item.at("id")));
    }

    private static void checkForm(String id, String pointer, List<Finding> findings) {
        if (id == null || KEBAB.matcher(id).matches()) {
            return;
        }
        String kebab = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String example = kebab.isEmpty() ? "" : ": write e.g. '" + kebab + "'";
        findings.add(Finding.error(pointer, "id '" + SafeText.forId(id) + "' is not lowercase kebab-case (a-z, 0-9 and '-')" + example));
    }

    /** The ids seen so far in one namespace; reports malformed ids and second occurrences. */
    private static final class Ids {
        private record First(String noun, String pointer) {
        }

        private final String scope;
        private final List<Finding> findings;
        private final Map<String, First> seen = new HashMap<>();

        Ids(String scope, List<Finding> findings) {
            this.scope = scope;
            this.findings = findings;
        }

        void add(String id, String noun, String pointer) {
            if (id == null) {
                return;
            }
            checkForm(id, pointer, findings);
            First first = seen.putIfAbsent(id, new First(noun, pointer));
            if (first == null) {
                return;
            }
            String message = first.noun().equals(noun)
                    ? "duplicate " + noun + " id '" + SafeText.forId(id) + "'" + scope
                    : "duplicate id '" + SafeText.forId(id) + "': " + noun + " and " + first.noun() + " ids share one namespace";
            findings.add(Finding.error(pointer, message).firstDefinedAt(first.pointer()));
        }
    }
}
