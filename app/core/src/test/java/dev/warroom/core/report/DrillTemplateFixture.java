package dev.warroom.core.report;

import dev.warroom.core.plan.model.ReportTemplate;
import dev.warroom.core.plan.model.SectionContent;
import dev.warroom.core.plan.model.TemplateField;
import dev.warroom.core.plan.model.TemplateSection;
import java.util.ArrayList;
import java.util.List;

/**
 * A drill report template built in the test, with every built-in content kind once and the author's parts
 * the AI Workflow drill evaluation asks for (root cause, impact, problems found, sign-offs).
 */
final class DrillTemplateFixture {

    private DrillTemplateFixture() {
    }

    static ReportTemplate everything() {
        List<TemplateSection> sections = new ArrayList<>();
        for (SectionContent content : SectionContent.values()) {
            String id = switch (content) {
                case FIELD -> "root-cause";
                case FIELDS -> "impact";
                case TABLE -> "problems";
                case SIGN_OFFS -> "sign-offs";
                default -> content.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            };
            sections.add(new TemplateSection(id, "章節 " + id, "Section " + id, content, fields(content)));
        }
        return new ReportTemplate("drill-test", "演練報告", "Drill report", "drill", sections);
    }

    private static List<TemplateField> fields(SectionContent content) {
        return switch (content) {
            case FIELD -> List.of(new TemplateField("root-cause", "根本原因", "Root cause", "What caused it, as the post-mortem found"));
            case FIELDS -> List.of(new TemplateField("impact", "影響", "Impact", null),
                    new TemplateField("affected-users", "受影響用戶", "Affected users", "How many, and who"));
            case TABLE -> List.of(new TemplateField("problem", "問題", "Problem", null), new TemplateField("priority", "優先級", "Priority", null));
            case SIGN_OFFS -> List.of(new TemplateField("drill-lead", "演練負責人", "Drill lead", "Name and date"),
                    new TemplateField("cto", "CTO", null, "Name and date"));
            default -> List.of();
        };
    }
}
