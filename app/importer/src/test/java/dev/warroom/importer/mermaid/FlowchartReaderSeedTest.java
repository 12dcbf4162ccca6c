package dev.warroom.importer.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FlowchartReaderSeedTest {

    private final FlowchartReader reader = new MermaidFlowchartReader();

    static Stream<SeedGraphs.Graph> seedGraphs() throws IOException {
        return SeedGraphs.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedGraphs")
    void everySeedGraphGivesATreeThatValidates(SeedGraphs.Graph graph) {
        TreeDraft draft = reader.read(graph.source(), graph.firstLine());
        assertThat(draft.nodes()).isNotEmpty();
        assertThat(DraftValidation.errors(draft)).as(DraftValidation.planYaml(draft)).isEmpty();
        assertThat(draft.warnings()).allSatisfy(w -> assertThat(w.line())
                .isBetween(graph.firstLine(), graph.firstLine() + (int) graph.source().lines().count()));
    }

    @Test
    void theAiWorkflowRegionTreeReadsAsItsAuthorMeantIt() throws IOException {
        SeedGraphs.Graph graph = SeedGraphs.of("000", "graph TD");
        TreeDraft draft = reader.read(graph.source(), graph.firstLine());

        Map<String, Object> start = node(draft, draft.start());
        assertThat(start).containsEntry("type", "question").containsEntry("question", "自動恢復可能?")
                .containsEntry("notes", "Primary 區域故障檢測");
        List<Map<String, Object>> answers = answers(start);
        assertThat(answers).extracting(a -> a.get("id"), a -> a.get("label")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("yes", "是, < 15 min"), org.assertj.core.groups.Tuple.tuple("no", "否"));

        Map<String, Object> wait = node(draft, (String) answers.get(0).get("next"));
        assertThat(wait).containsEntry("type", "wait").containsEntry("title", "等待自動恢復").containsEntry("duration", "15m")
                .containsEntry("next", answers.get(1).get("next"));

        Map<String, Object> impact = node(draft, (String) answers.get(1).get("next"));
        assertThat(impact).containsEntry("type", "question").containsEntry("question", "影響程度?");
        Map<String, Object> full = node(draft, (String) answers(impact).get(1).get("next"));
        assertThat(full).containsEntry("type", "procedure").containsEntry("title", "完全故障轉移");
        String procedure = (String) full.get("procedure");
        assertThat(draft.procedures()).contains(procedure);
        assertThat(draft.procedureSteps().get(procedure)).containsExactly("完全故障轉移", "Step 1: 通知團隊", "Step 2: 驗證 DR 就緒",
                "Step 3: 提升 DR 數據庫", "Step 4: 擴展 DR 服務", "Step 5: DNS 切換", "Step 6: 驗證服務", "Step 7: 監控和調優");
        assertThat(node(draft, (String) full.get("next"))).containsEntry("type", "end");
        Map<String, Object> partial = node(draft, (String) answers(impact).get(0).get("next"));
        assertThat(partial).containsEntry("type", "procedure").containsEntry("title", "部分故障轉移");
        assertThat(draft.nodes()).extracting(n -> n.get("id")).allSatisfy(id -> assertThat((String) id).matches("^[a-z0-9][a-z0-9-]*$"));
        assertThat(draft.looksLikeDecisionTree()).isTrue();
    }

    @Test
    void theGeminiFailoverGraphMergesItsBranchesIntoOneProcedure() throws IOException {
        SeedGraphs.Graph graph = SeedGraphs.of("004", "graph TD");
        TreeDraft draft = reader.read(graph.source(), graph.firstLine());
        Map<String, Object> start = node(draft, draft.start());
        assertThat(start).containsEntry("question", "故障类型").containsEntry("notes", "健康检查失败");
        List<Map<String, Object>> answers = answers(start);
        assertThat(answers).extracting(a -> a.get("label")).containsExactly("API错误", "CDN故障", "区域故障");
        Object merged = null;
        for (Map<String, Object> answer : answers) {
            Map<String, Object> branch = node(draft, (String) answer.get("next"));
            assertThat(branch).containsEntry("type", "procedure");
            merged = merged == null ? branch.get("next") : merged;
            assertThat(branch.get("next")).isEqualTo(merged);
        }
        Map<String, Object> dns = node(draft, (String) merged);
        assertThat(draft.procedureSteps().get((String) dns.get("procedure"))).containsExactly("更新DNS记录", "验证服务可用性", "通知运维团队");
    }

    @Test
    void theArchitectureDiagramIsFlaggedAsNoDecisionTree() throws IOException {
        SeedGraphs.Graph graph = SeedGraphs.of("000", "graph TB");
        TreeDraft draft = reader.read(graph.source(), graph.firstLine());
        assertThat(draft.looksLikeDecisionTree()).isFalse();
        assertThat(draft.warnings()).anySatisfy(w -> assertThat(w.message()).contains("subgraphs"));
        assertThat(draft.warnings()).anySatisfy(w -> assertThat(w.message()).contains("may be a diagram"));
    }

    static Map<String, Object> node(TreeDraft draft, String id) {
        return draft.nodes().stream().filter(n -> id.equals(n.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id + " in " + draft.nodes()));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> answers(Map<String, Object> node) {
        return (List<Map<String, Object>>) node.get("answers");
    }
}
