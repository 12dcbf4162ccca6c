package dev.warroom.importer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.importer.ImportResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Degradation levels written as a JavaScript object or a YAML block become the plan's degradation levels. */
class DegradationLevelsImportTest {

    @Test
    void aJavaScriptObjectOfLevelsBecomesDegradationLevels() {
        Map<String, Object> plan = imported("""
                # Shop DR

                ## 服务降级方案

                ```javascript
                // degradation.js
                const degradationLevels = {
                  level1: {
                    name: '轻度降级', // keep the core
                    features: ['core', 'api'],
                    disabled: ['analytics'],
                    cache: 'aggressive',
                  },
                  level2: {
                    name: '严重降级',
                    features: ['static'],
                    staticOnly: true,
                    message: '系统维护中'
                  }
                };
                ```
                """);

        assertThat(levels(plan)).extracting(l -> l.get("id") + " " + l.get("title") + " " + l.get("titleEn") + " " + l.get("features")
                        + " " + l.get("disabled") + " " + l.get("cache") + " " + l.get("staticOnly") + " " + l.get("message"))
                .containsExactly(
                        "level1 轻度降级 Light degradation [core, api] [analytics] aggressive null null",
                        "level2 严重降级 Critical degradation [static] null null true 系统维护中");
        assertThat(plan).doesNotContainKey("reference");
    }

    @Test
    void aYamlBlockOfLevelsBecomesDegradationLevels() {
        Map<String, Object> plan = imported("""
                # Shop DR

                ```yaml
                degradation_levels:
                  read-only:
                    name: 唯讀模式
                    disabled: [checkout]
                ```
                """);

        assertThat(levels(plan)).singleElement().satisfies(level -> assertThat(level)
                .containsEntry("id", "read-only").containsEntry("title", "唯讀模式").containsEntry("disabled", List.of("checkout")));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> levels(Map<String, Object> plan) {
        assertThat(plan).containsKey("degradationLevels");
        return (List<Map<String, Object>>) plan.get("degradationLevels");
    }

    private static Map<String, Object> imported(String markdown) {
        ImportResult result = DocumentImporters.standard().importBytes(markdown.getBytes(StandardCharsets.UTF_8), "shop.md");
        assertThat(result.refusal()).isEmpty();
        return new Yaml().load(result.planYaml());
    }
}
