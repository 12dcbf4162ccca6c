package dev.warroom.importer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.importer.ImportResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** A Chinese document's ids read as English where the DR glossary covers its words, in either script, with titleEn beside. */
class ReadableIdsImportTest {

    private static final String TRADITIONAL = """
            # 商店 DR 計劃

            ## 決策

            ```mermaid
            flowchart TD
                A{影響程度?} -->|部分服務| B[部分故障轉移]
                A -->|全部服務| C[完全故障轉移]
            ```

            ## 部分故障轉移

            1. 通知團隊
            2. 驗證 DR 資料庫
            3. 切換葵花流量

            ## 回切準備

            - [ ] 確認主區域恢復
            """;

    @Test
    void idsAndEnglishTitlesComeFromTheGlossary() {
        Map<String, Object> plan = imported(TRADITIONAL);

        Map<String, Object> partial = procedure(plan, "partial-failover");
        assertThat(partial).containsEntry("title", "部分故障轉移").containsEntry("titleEn", "Partial failover");
        assertThat(steps(partial)).extracting(s -> s.get("id") + "=" + s.get("titleEn"))
                .containsExactly("notify-team=Notify team", "verify-dr-database=Verify DR database", "switch-traffic=null");
        assertThat(nodes(plan)).anySatisfy(n -> assertThat(n).containsEntry("id", "impact-extent")
                .containsEntry("questionEn", "Impact extent?"));
        assertThat(nodes(plan)).anySatisfy(n -> assertThat(n).containsEntry("id", "full-failover"));
    }

    @Test
    void theSimplifiedDocumentGetsTheSameIds() {
        String simplified = TRADITIONAL.replace("計劃", "计划").replace("決策", "决策").replace("影響", "影响").replace("服務", "服务")
                .replace("轉移", "转移").replace("團隊", "团队").replace("驗證", "验证").replace("資料庫", "资料库")
                .replace("切換", "切换").replace("回切準備", "回切准备").replace("確認", "确认").replace("區域", "区域")
                .replace("恢復", "恢复");

        assertThat(ids(imported(simplified))).isEqualTo(ids(imported(TRADITIONAL)));
    }

    private static List<String> ids(Map<String, Object> plan) {
        return List.of(nodes(plan).toString().replaceAll("title[A-Za-z]*=[^,}]*|question[A-Za-z]*=[^,}]*|label[A-Za-z]*=[^,}]*", ""),
                ((List<?>) plan.get("procedures")).stream().map(p -> ((Map<?, ?>) p).get("id") + ":" + steps((Map<String, Object>) p)
                        .stream().map(s -> s.get("id")).toList()).toList().toString(),
                ((List<?>) plan.get("checklists")).stream().map(c -> ((Map<?, ?>) c).get("id")).toList().toString());
    }

    private static Map<String, Object> imported(String markdown) {
        ImportResult result = DocumentImporters.standard().importBytes(markdown.getBytes(StandardCharsets.UTF_8), "shop.md");
        assertThat(result.refusal()).isEmpty();
        return new Yaml().load(result.planYaml());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> procedure(Map<String, Object> plan, String id) {
        return ((List<Map<String, Object>>) plan.get("procedures")).stream().filter(p -> id.equals(p.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no procedure " + id + " in " + plan.get("procedures")));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> procedure) {
        return (List<Map<String, Object>>) procedure.get("steps");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> nodes(Map<String, Object> plan) {
        return (List<Map<String, Object>>) ((Map<String, Object>) plan.get("decisionTree")).get("nodes");
    }
}
