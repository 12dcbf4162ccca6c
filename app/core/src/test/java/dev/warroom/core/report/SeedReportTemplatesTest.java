package dev.warroom.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.ReportTemplate;
import dev.warroom.core.plan.model.SectionContent;
import dev.warroom.core.plan.model.TemplateField;
import dev.warroom.core.plan.model.TemplateSection;
import dev.warroom.core.text.TextLanguage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each shipped plan's report is the one its team's document asks for, with the document's headings. */
class SeedReportTemplatesTest {

    @Test
    void anAiWorkflowDrillGetsTheDocumentsDrillEvaluationWithItsHeadingsAndSignatures() {
        Plan plan = plan("ai-workflow.yaml");

        ReportTemplate template = ReportTemplates.defaultFor(plan, true, TextLanguage.SIMPLIFIED_CHINESE);

        assertThat(template.id()).isEqualTo("drill-evaluation");
        assertThat(template.title()).isEqualTo("DR 演練報告");
        assertThat(titles(template)).containsSubsequence("基本信息", "時間線", "指標達成", "發現問題", "改進建議", "後續行動", "結論", "簽名");
        assertThat(section(template, "problems-found").fields()).extracting(TemplateField::label)
                .containsExactly("問題", "描述", "根因", "影響", "優先級", "行動項");
        assertThat(section(template, "signatures").fields()).extracting(TemplateField::label)
                .containsExactly("DevOps Lead", "DBA Lead", "CTO");
        assertThat(section(template, "metrics").content()).isEqualTo(SectionContent.RECOVERY_OBJECTIVES);
        assertThat(section(template, "success-criteria").content()).isEqualTo(SectionContent.DRILL_CRITERIA);
    }

    @Test
    void anAiWorkflowIncidentStillGetsTheBuiltInIncidentReportAndTheCustomerReportIsThereByName() {
        Plan plan = plan("ai-workflow.yaml");

        assertThat(ReportTemplates.defaultFor(plan, false, TextLanguage.ENGLISH).id()).isEqualTo("incident");
        ReportTemplate customer = ReportTemplates.forName(plan, "customer-incident-report", TextLanguage.ENGLISH);
        assertThat(titles(customer)).containsSubsequence("Root cause", "Impact", "Resolution", "Prevention");
    }

    @Test
    void aGeminiIncidentGetsTheDocumentsIncidentReportTemplate() {
        Plan plan = plan("gemini-image-toolbox.yaml");

        ReportTemplate template = ReportTemplates.defaultFor(plan, false, TextLanguage.TRADITIONAL_CHINESE);

        assertThat(template.id()).isEqualTo("incident-report");
        assertThat(titles(template)).containsSubsequence("时间线", "根本原因", "改进措施", "经验教训");
        assertThat(section(template, "impact").fields()).extracting(TemplateField::label).containsExactly("影响范围", "受影响用户");
        assertThat(TextLanguage.ENGLISH.pick(template.title(), template.titleEn())).isEqualTo("Incident report");
        assertThat(ReportTemplates.defaultFor(plan, true, TextLanguage.ENGLISH).id()).isEqualTo("drill");
    }

    @Test
    void anAutoVideoDrillGetsTheDocumentsTestReport() {
        Plan plan = plan("auto-video.yaml");

        ReportTemplate template = ReportTemplates.defaultFor(plan, true, TextLanguage.ENGLISH);

        assertThat(template.id()).isEqualTo("test-report");
        assertThat(titles(template)).containsSubsequence("測試負責人", "測試結果", "發現問題", "改進建議");
        assertThat(section(template, "test-results").content()).isEqualTo(SectionContent.RECOVERY_OBJECTIVES);
    }

    @Test
    void chatOpsWhoseDocumentHasNoReportTemplateGetsTheBuiltInOnes() {
        Plan plan = plan("chatops.yaml");

        assertThat(plan.reportTemplates()).isEmpty();
        assertThat(ReportTemplates.defaultFor(plan, true, TextLanguage.TRADITIONAL_CHINESE).title()).isEqualTo("演練評估報告");
        assertThat(ReportTemplates.defaultFor(plan, false, TextLanguage.SIMPLIFIED_CHINESE).title()).isEqualTo("事件报告");
    }

    private static List<String> titles(ReportTemplate template) {
        return template.sections().stream().map(TemplateSection::title).toList();
    }

    private static TemplateSection section(ReportTemplate template, String id) {
        return template.sections().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + id + " in " + template.id()));
    }

    private static Plan plan(String file) {
        Path path = Path.of(System.getProperty("warroom.root", "../.."), "plans", file);
        return new PlanLoader().load(path).plan().orElseThrow(() -> new AssertionError(file + " does not load"));
    }
}
