package dev.warroom.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.plan.load.LoadedPlan;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.ReportTemplate;
import dev.warroom.core.plan.model.SectionContent;
import dev.warroom.core.plan.model.TemplateSection;
import dev.warroom.core.plan.validate.TestPlans;
import dev.warroom.core.text.TextLanguage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ReportTemplatesTest {

    private static final String OWN_DRILL_TEMPLATE = """
            reportTemplates:
              - id: team-drill-report
                title: 團隊演練報告
                titleEn: Team drill report
                defaultFor: drill
                sections:
                  - {id: basics, title: 基本信息, titleEn: Basic information, content: summary}
                  - id: conclusion
                    title: 結論
                    content: field
                    fields: [{id: conclusion, label: 結論, labelEn: Conclusion}]
              - id: customer-notice
                title: Customer incident report
                sections:
                  - {id: basics, title: What happened, content: summary}
            """;

    @Test
    void aDrillWithoutATemplateOfItsPlanGetsTheBuiltInDrillReportInTheReportLanguage() throws IOException {
        Plan plan = plan("");

        ReportTemplate english = ReportTemplates.defaultFor(plan, true, TextLanguage.ENGLISH);
        ReportTemplate traditional = ReportTemplates.defaultFor(plan, true, TextLanguage.TRADITIONAL_CHINESE);
        ReportTemplate simplified = ReportTemplates.defaultFor(plan, true, TextLanguage.SIMPLIFIED_CHINESE);

        assertThat(english.id()).isEqualTo("drill");
        assertThat(english.title()).isEqualTo("Drill evaluation report");
        assertThat(traditional.title()).isEqualTo("演練評估報告");
        assertThat(simplified.title()).isEqualTo("演练评估报告");
        assertThat(traditional.titleEn()).isEqualTo("Drill evaluation report");
    }

    @Test
    void anIncidentGetsTheBuiltInIncidentReportWhateverDrillTemplateThePlanHas() throws IOException {
        Plan plan = plan(OWN_DRILL_TEMPLATE);

        ReportTemplate template = ReportTemplates.defaultFor(plan, false, TextLanguage.ENGLISH);

        assertThat(template.id()).isEqualTo("incident");
        assertThat(template.sections()).extracting(TemplateSection::content)
                .contains(SectionContent.TIMELINE, SectionContent.DECISION_PATH, SectionContent.STEPS, SectionContent.SIGN_OFFS);
    }

    @Test
    void thePlansOwnDefaultTemplateReplacesTheBuiltInOneForItsKindOfReport() throws IOException {
        Plan plan = plan(OWN_DRILL_TEMPLATE);

        assertThat(ReportTemplates.defaultFor(plan, true, TextLanguage.SIMPLIFIED_CHINESE).id()).isEqualTo("team-drill-report");
    }

    @Test
    void aNameChoosesABuiltInOrOneOfThePlansOwnTemplates() throws IOException {
        Plan plan = plan(OWN_DRILL_TEMPLATE);

        assertThat(ReportTemplates.forName(plan, "after-action", TextLanguage.ENGLISH).title())
                .isEqualTo("After-Action Report / Improvement Plan");
        assertThat(ReportTemplates.forName(plan, " Incident ", TextLanguage.TRADITIONAL_CHINESE).title()).isEqualTo("事件報告");
        assertThat(ReportTemplates.forName(plan, "customer-notice", TextLanguage.ENGLISH).title())
                .isEqualTo("Customer incident report");
        assertThat(ReportTemplates.names(plan))
                .containsExactly("incident", "drill", "after-action", "team-drill-report", "customer-notice");
    }

    @Test
    void anUnknownNameIsRefusedInWordsThatListTheChoices() throws IOException {
        Plan plan = plan(OWN_DRILL_TEMPLATE);

        assertThatThrownBy(() -> ReportTemplates.forName(plan, "aar", TextLanguage.ENGLISH))
                .isInstanceOf(UnknownTemplateException.class)
                .hasMessage("no report template 'aar': choose one of the built-in incident, drill, after-action,"
                        + " or one of plan 'minimal': team-drill-report, customer-notice");
        assertThatThrownBy(() -> ReportTemplates.forName(plan(""), "aar", TextLanguage.ENGLISH))
                .hasMessage("no report template 'aar': choose one of the built-in incident, drill, after-action"
                        + " (plan 'minimal' has no templates of its own)");
    }

    static Plan plan(String reportTemplatesYaml) throws IOException {
        String minimal = Files.readString(TestPlans.minimal(), StandardCharsets.UTF_8);
        LoadedPlan loaded = new PlanLoader().load("plan.yaml", (minimal + "\n" + reportTemplatesYaml).getBytes(StandardCharsets.UTF_8));
        assertThat(loaded.problems()).isEmpty();
        return loaded.plan().orElseThrow();
    }
}
