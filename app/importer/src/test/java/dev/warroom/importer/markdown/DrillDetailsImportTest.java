package dev.warroom.importer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.importer.ImportResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** A drill block with Chinese keys gives the drill's frequency, schedule, objectives and measured success criteria. */
class DrillDetailsImportTest {

    @Test
    @SuppressWarnings("unchecked")
    void aChineseDrillBlockGivesObjectivesAndCriteria() {
        String markdown = """
                # Shop DR

                ## 月度演练

                ```yaml
                monthly_drill:
                  频率: 每月第一个周三
                  时间: 02:00-04:00 UTC
                  演练内容:
                    - 主服务故障切换
                    - 备份验证
                  参与人员:
                    - 值班工程师
                  成功标准:
                    - RTO < 15分钟
                    - 零数据丢失
                ```
                """;
        ImportResult result = DocumentImporters.standard().importBytes(markdown.getBytes(StandardCharsets.UTF_8), "shop.md");
        Map<String, Object> plan = new Yaml().load(result.planYaml());
        Map<String, Object> drill = ((List<Map<String, Object>>) plan.get("drills")).get(0);

        assertThat(drill).containsEntry("frequency", "每月第一个周三").containsEntry("schedule", "02:00-04:00 UTC")
                .containsEntry("participants", List.of("值班工程师"));
        assertThat((List<Map<String, Object>>) drill.get("objectives")).extracting(o -> o.get("id") + "=" + o.get("title"))
                .containsExactly("primary-service-failover=主服务故障切换", "backup-verify=备份验证");
        assertThat((List<Map<String, Object>>) drill.get("objectives")).extracting(o -> o.get("titleEn"))
                .as("a glossary rendering beside each objective it covers").containsExactly("Primary service failover", "Backup verify");
        assertThat((List<Map<String, Object>>) drill.get("successCriteria"))
                .extracting(c -> c.get("metric") + " " + c.get("max") + " " + c.get("title"))
                .containsExactly("rto 15m RTO < 15分钟", "custom null 零数据丢失");
    }
}
