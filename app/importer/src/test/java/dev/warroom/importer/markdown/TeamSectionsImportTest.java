package dev.warroom.importer.markdown;

import static dev.warroom.importer.markdown.DraftYaml.list;
import static dev.warroom.importer.markdown.DraftYaml.section;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.importer.ImportResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The seeds' response-team parts land in the plan's own sections, not in reference: roles tables become roles, the
 * escalation ladder and alert matrix the escalation, the communication blocks the communication.
 */
class TeamSectionsImportTest {

    @Test
    void aiWorkflowRolesTableBecomesRoles() {
        List<Map<String, Object>> roles = list(imported("000_09539dfa477d1388.txt"), "roles");

        assertThat(roles).extracting(r -> r.get("title")).containsExactly(
                "DR 總指揮", "技術負責人", "數據庫專家", "網路專家", "應用負責人", "客戶溝通");
        assertThat(roles.get(0)).containsEntry("holder", "CTO").containsEntry("contact", "+1-xxx-xxx-xxxx")
                .containsEntry("responsibilities", List.of("最終決策和批准"));
    }

    @Test
    void aiWorkflowInternalCommunicationGivesTheLadderChannelsAndCadence() {
        Map<String, Object> plan = imported("000_09539dfa477d1388.txt");

        assertThat(list(section(plan, "escalation"), "path")).extracting(l -> l.get("level") + "=" + l.get("title"))
                .containsExactly("L1=On-Call Engineer", "L2=Team Lead", "L3=Engineering Manager", "L4=CTO");
        Map<String, Object> communication = section(plan, "communication");
        assertThat(list(communication, "channels")).anySatisfy(c -> assertThat(c)
                .containsEntry("type", "slack").containsEntry("address", "\"#incident-response\" (Slack)"));
        assertThat(list(communication, "channels")).anySatisfy(c -> assertThat(c)
                .containsEntry("type", "video").containsEntry("address", "https://zoom.us/j/xxx"));
        assertThat(section(communication, "updates")).containsEntry("every", "30m")
                .containsEntry("recipients", List.of("Engineering", "Management", "Customer Support"));
        assertThat(list(communication, "external")).extracting(n -> n.get("title"))
                .contains("customer_notification", "incident_report");
        assertThat((List<?>) communication.get("flow")).anySatisfy(line -> assertThat(line.toString()).contains("channels: [Slack, Email]"));
    }

    @Test
    void aiWorkflowOnCallScheduleGivesTheRotaAndResponseTimes() {
        Map<String, Object> plan = imported("000_09539dfa477d1388.txt");
        Map<String, Object> escalation = section(plan, "escalation");

        assertThat(section(escalation, "onCall")).containsEntry("rotation", "Weekly").containsEntry("coverage", "24/7/365")
                .containsEntry("primary", "DevOps Team").containsEntry("secondary", "Development Team").containsEntry("escalation", "CTO");
        assertThat(list(escalation, "severities")).extracting(s -> s.get("id") + " " + s.get("responseTime"))
                .containsExactly("p0 15m", "p1 30m", "p2 2h");
        assertThat(list(plan, "reference")).anySatisfy(r -> assertThat(r.get("items").toString())
                .contains("on_call_schedule.response_time.P3 (Low): Next business day"));
    }

    @Test
    void chatOpsRolesTableBecomesRoles() {
        assertThat(list(imported("002_17dca04e92502f9e.txt"), "roles")).extracting(r -> r.get("title") + " " + r.get("contact"))
                .containsExactly("DR Coordinator @dr-coordinator", "Infra Lead @infra-lead", "DBA @dba-team",
                        "App Lead @app-lead", "On-Call PagerDuty");
    }

    @Test
    @SuppressWarnings("unchecked")
    void autoVideoListsUnderCommunicationAndRolesHeadingsBecomeFlowAndRoles() {
        Map<String, Object> plan = imported("003_a874f51ece7c7f8b.txt");

        assertThat((List<Object>) section(plan, "communication").get("flow")).containsExactly(
                "1. 內部通知: 立即通知技術團隊和管理層", "2. 外部溝通: 如需要，通知客戶和合作夥伴",
                "3. 狀態更新: 定期更新恢復進度", "4. 事後報告: 完整的事件分析和改進計畫");
        assertThat(list(plan, "roles")).extracting(r -> r.get("title") + "=" + r.get("responsibilities"))
                .containsExactly("DR 指揮官=[整體協調和決策]", "技術負責人=[技術恢復執行]", "溝通負責人=[內外部溝通協調]",
                        "業務負責人=[業務影響評估]");
        assertThat(list(plan, "procedures")).noneSatisfy(p -> assertThat(p.get("title").toString()).contains("溝通"));
    }

    @Test
    void geminiAlertMatrixAndContactLadderBecomeTheEscalation() {
        Map<String, Object> plan = imported("004_d185dd5c8fa44b92.txt");
        Map<String, Object> escalation = section(plan, "escalation");

        assertThat(list(escalation, "severities")).extracting(s -> s.get("id") + " " + s.get("responseTime") + " " + s.get("owner"))
                .containsExactly("p0 5m 值班工程师", "p1 15m 值班工程师", "p2 1h 开发团队", "p3 4h 开发团队");
        assertThat(list(escalation, "path")).extracting(l -> l.get("level") + "=" + l.get("title"))
                .containsExactly("level1=技术主管", "level2=CTO");
        assertThat(list(plan, "contacts")).extracting(c -> c.get("name")).contains("值班工程师", "vercel", "cloudflare", "aws");
    }

    @Test
    void aReportTemplatesBodyTextIsKept() {
        Map<String, Object> plan = imported("004_d185dd5c8fa44b92.txt");
        Map<String, Object> template = list(plan, "reportTemplates").get(0);

        assertThat(list(template, "sections")).filteredOn(s -> "根本原因".equals(s.get("title")))
                .singleElement().satisfies(s -> assertThat(list(s, "fields").get(0)).containsEntry("hint", "[详细的根因分析]"));
        assertThat(list(template, "sections")).filteredOn(s -> "改进措施".equals(s.get("title")))
                .singleElement().satisfies(s -> assertThat(list(s, "fields").get(0)).containsEntry("hint", "1. [措施1]\n2. [措施2]"));
        assertThat(list(plan, "reference")).anySatisfy(r -> assertThat(r.get("items").toString())
                .contains("- **事件ID**: INC-2025-001").contains("14:35 - 执行故障转移"));
    }

    private static Map<String, Object> imported(String seed) {
        ImportResult result = DocumentImporters.standard().importFile(Path.of(System.getProperty("warroom.root", "../.."))
                .resolve("plans/sources").resolve(seed));
        assertThat(result.refusal()).isEmpty();
        return new Yaml().load(result.planYaml());
    }
}
