package dev.warroom.importer.markdown;

import static dev.warroom.importer.markdown.DraftYaml.list;
import static dev.warroom.importer.markdown.DraftYaml.section;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.importer.ImportResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Escalation levels get when they are pulled in and the role they name; chat channels name the environment variable
 * of their webhook instead of the URL, and the author is told to set it.
 */
class EscalationAndChannelsImportTest {

    private static final String DOCUMENT = """
            # Shop DR

            ## 升級路徑

            | 級別 | 聯繫人 | 升級時間 | 聯繫方式 |
            |---|---|---|---|
            | L1 | 值班工程師 | 15 分鐘 | PagerDuty |
            | L2 | CTO | 30 min | +1-555-0100 |

            ## 角色

            | 角色 | 姓名 | 聯繫方式 |
            |---|---|---|
            | 技術負責人 | CTO | +1-555-0100 |
            | 值班工程師 | On-call | PagerDuty |

            ## 溝通

            ```yaml
            internal_communication:
              incident_channel: "#incidents" (Slack)
              alerts_channel:
                url: https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXX
              escalation_path:
                L1: On-call
                L2:
                  name: Team Lead
                  after: 1 hour
                  phone: +1-555-0101
            ```
            """;

    @Test
    void escalationLevelsGetAfterAndTheirRole() {
        Map<String, Object> plan = imported();

        assertThat(path(plan)).extracting(l -> l.get("level") + " " + l.get("title") + " after=" + l.get("after") + " role=" + l.get("role"))
                .containsExactly(
                        "L1 值班工程師 after=15m role=on-call",
                        "L2 CTO after=30m role=cto",
                        "L1 On-call after=null role=on-call",
                        "L2 Team Lead after=1h role=null");
        assertThat(path(plan).get(3)).containsEntry("contact", "phone: +1-555-0101");
    }

    @Test
    void chatChannelsNameTheirWebhookVariable() {
        ImportResult result = importResult();
        List<Map<String, Object>> channels = list(section(new Yaml().load(result.planYaml()), "communication"), "channels");

        assertThat(channels).extracting(c -> c.get("id") + " " + c.get("webhookEnv"))
                .containsExactly("incident-channel SLACK_WEBHOOK_URL", "alerts-channel SLACK_ALERTS_CHANNEL_WEBHOOK_URL");
        assertThat(channels.get(1)).doesNotContainKey("address");
        assertThat(result.planYaml()).doesNotContain("XXXXXXXXXXXXXXXX");
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.message())
                .contains("set the environment variable SLACK_ALERTS_CHANNEL_WEBHOOK_URL"));
    }

    private static ImportResult importResult() {
        ImportResult result = DocumentImporters.standard().importBytes(DOCUMENT.getBytes(StandardCharsets.UTF_8), "shop.md");
        assertThat(result.refusal()).isEmpty();
        return result;
    }

    private static Map<String, Object> imported() {
        return new Yaml().load(importResult().planYaml());
    }

    private static List<Map<String, Object>> path(Map<String, Object> plan) {
        return list(section(plan, "escalation"), "path");
    }
}
