package dev.warroom.importer.markdown;

import static dev.warroom.importer.markdown.DraftYaml.list;
import static dev.warroom.importer.markdown.DraftYaml.section;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.plan.validate.Problem;
import dev.warroom.importer.ImportResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** A second decision flowchart becomes a branch of the tree's first question, its ids kept apart from the first's. */
class SeveralFlowchartsImportTest {

    private static final String DOCUMENT = """
            # Shop DR

            ## 資料庫故障

            ```mermaid
            flowchart TD
                A{自動恢復可能?} -->|是| B[等待 5 分鐘]
                A -->|否| C[故障轉移]
            ```

            ## 區域故障

            ```mermaid
            flowchart TD
                A{自動恢復可能?} -->|是| B[等待 10 分鐘]
                A -->|否| D[切換區域]
            ```
            """;

    @Test
    void theSecondFlowchartIsABranchOfTheFirstQuestion() {
        ImportResult result = DocumentImporters.standard().importBytes(DOCUMENT.getBytes(StandardCharsets.UTF_8), "shop.md");
        Map<String, Object> tree = section(new Yaml().load(result.planYaml()), "decisionTree");
        List<Map<String, Object>> nodes = list(tree, "nodes");

        Map<String, Object> first = nodes.stream().filter(n -> n.get("id").equals(tree.get("start"))).findFirst().orElseThrow();
        assertThat(list(first, "answers")).extracting(a -> a.get("label") + " -> " + a.get("next")).containsExactly(
                "Follow the document's decision flowchart -> automatic-restore-possible",
                "Follow the flowchart under 區域故障 -> automatic-restore-possible-2");
        assertThat(nodes).filteredOn(n -> "automatic-restore-possible-2".equals(n.get("id"))).singleElement()
                .satisfies(q -> assertThat(list(q, "answers")).extracting(a -> a.get("label") + " -> " + a.get("next"))
                        .containsExactly("是 -> wait-10-minutes", "否 -> switch-region"));
        assertThat(nodes).extracting(n -> n.get("id")).doesNotHaveDuplicates();
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.message()).contains("becomes a branch of the tree's first question"));
        assertThat(errors(result)).isEmpty();
    }

    private static String errors(ImportResult result) {
        return new PlanValidation().validate("shop.yaml", result.planYaml().getBytes(StandardCharsets.UTF_8)).problems().stream()
                .filter(Problem::isError).map(Problem::format).collect(Collectors.joining("\n"));
    }
}
