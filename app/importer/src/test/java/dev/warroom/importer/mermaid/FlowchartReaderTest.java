package dev.warroom.importer.mermaid;

import static dev.warroom.importer.mermaid.FlowchartReaderSeedTest.answers;
import static dev.warroom.importer.mermaid.FlowchartReaderSeedTest.node;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.importer.ImportWarning;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlowchartReaderTest {

    private final FlowchartReader reader = new MermaidFlowchartReader();

    private TreeDraft read(String source) {
        TreeDraft draft = reader.read(source, 10);
        assertThat(DraftValidation.errors(draft)).as(DraftValidation.planYaml(draft)).isEmpty();
        return draft;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "graph TD\n  Q{Database up?} -->|Yes| Done((Recovered))\n  Q -->|No| P[Promote replica]",
        "flowchart LR\n  Q{Database up?} -- Yes --> Done((Recovered))\n  Q -- No --> P[Promote replica]",
        "graph TD;\n  Q{\"Database up?\"} -->|\"Yes\"| Done((Recovered));  Q -->|No| P(Promote replica);",
        "graph TD\n  %% the database question\n  Q{Database up?} -->|Yes| Done((Recovered)) %% fine\n  Q ==>|No| P[Promote replica]",
        "graph TB\n  Q{Database up?}\n  Done((Recovered))\n  P[Promote replica]\n  Q -.->|Yes| Done\n  Q --->|No| P",
    })
    void shapesLinksAndLabelsInEveryNotation(String source) {
        TreeDraft draft = read(source);
        Map<String, Object> question = node(draft, draft.start());
        assertThat(question).containsEntry("type", "question").containsEntry("question", "Database up?");
        assertThat(answers(question)).extracting(a -> a.get("id")).containsExactly("yes", "no");
        assertThat(node(draft, (String) answers(question).get(0).get("next"))).containsEntry("type", "end").containsEntry("title", "Recovered");
        Map<String, Object> promote = node(draft, (String) answers(question).get(1).get("next"));
        assertThat(promote).containsEntry("type", "procedure").containsEntry("procedure", "promote-replica");
        assertThat(node(draft, (String) promote.get("next"))).containsEntry("type", "end");
        assertThat(draft.procedures()).containsExactly("promote-replica");
        assertThat(draft.warnings()).isEmpty();
    }

    @Test
    void chainsAndGroupsMakeEveryEdge() {
        TreeDraft draft = read("graph LR\n  A{Which site?} -->|East| B[Fail over east] --> C[Check health] --> D((Done))\n"
                + "  A -->|West| E[Fail over west] & F[Page the DBA] --> D");
        Map<String, Object> start = node(draft, draft.start());
        Map<String, Object> east = node(draft, (String) answers(start).get(0).get("next"));
        assertThat(draft.procedureSteps().get((String) east.get("procedure"))).containsExactly("Fail over east", "Check health");
        assertThat(node(draft, (String) east.get("next"))).containsEntry("title", "Done").containsEntry("type", "end");
        Map<String, Object> west = node(draft, (String) answers(start).get(1).get("next"));
        assertThat(west).containsEntry("next", east.get("next"));
        assertThat(answers(start)).extracting(a -> a.get("id"), a -> a.get("label")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("east", "East"), org.assertj.core.groups.Tuple.tuple("west", "West"),
                org.assertj.core.groups.Tuple.tuple("west-2", "West"));
        assertThat(node(draft, (String) answers(start).get(2).get("next"))).containsEntry("title", "Page the DBA");
    }

    @Test
    void aWaitAndCheckAgainLoopBecomesAReassessNode() {
        TreeDraft draft = read("graph TD\n  A{Region back?} -->|No| W[Wait 10 min and monitor]\n  W --> A\n  A -->|Yes| R((Resume service))");
        Map<String, Object> question = node(draft, draft.start());
        Map<String, Object> reassess = node(draft, (String) answers(question).get(0).get("next"));
        assertThat(answers(question).get(0)).containsEntry("label", "No");
        assertThat(reassess).containsEntry("type", "reassess").containsEntry("title", "Wait 10 min and monitor")
                .containsEntry("every", "10m").containsEntry("limit", "30m").containsEntry("recovered", answers(question).get(1).get("next"));
        assertThat(node(draft, (String) reassess.get("next"))).containsEntry("type", "end");
        assertThat(draft.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(12);
            assertThat(w.message()).contains("reassess").contains("review every and limit");
        });
    }

    @Test
    void aChineseMonitoringLoopIsReadTheSameWay() {
        TreeDraft draft = read("graph TD\n  A[持續監控] --> B{服務恢復?}\n  B -->|否| A\n  B -->|是| C[關閉事件]");
        assertThat(draft.nodes()).extracting(n -> n.get("type")).contains("reassess", "question");
        assertThat(draft.warnings()).anySatisfy(w -> assertThat(w.message()).contains("reassess"));
    }

    @Test
    void anyOtherLoopIsBrokenWithAWarning() {
        TreeDraft draft = read("graph TD\n  A{Healthy?} -->|No| B[Restart pods]\n  B --> A\n  A -->|Yes| C((Done))");
        Map<String, Object> restart = node(draft, (String) answers(node(draft, draft.start())).get(0).get("next"));
        assertThat(restart).containsEntry("type", "procedure");
        assertThat(node(draft, (String) restart.get("next"))).containsEntry("type", "end");
        assertThat(draft.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(12);
            assertThat(w.message()).contains("back to 'Healthy?'").contains("left out");
        });
        assertThat(draft.warnings()).anySatisfy(w -> assertThat(w.message()).contains("the tree starts at 'Healthy?'"));
    }

    @Test
    void unreadableLinesAreWarningsAtTheirDocumentLine() {
        TreeDraft draft = read("graph TD\n  A{Up?} -->|Yes| B((Fine))\n  this is not mermaid ]]] -->\n  subgraph cluster\n  A -->|No| C[Fail over]\n  end\n"
                + "  classDef red fill:#f00\n  C -->");
        assertThat(draft.warnings()).extracting(ImportWarning::line).containsExactly(12, 13, 17);
        assertThat(draft.warnings().get(0).message()).contains("not understood");
        assertThat(draft.warnings().get(1).message()).contains("subgraph");
        assertThat(answers(node(draft, draft.start()))).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\n", "graph TD", "%% only a comment", "\u0000\u0001\u0002\uFFFD binary", "}}}{{{ ((( ]]] |||",
        "graph TD\n  -->|x| -->", "sequenceDiagram\n  Alice->>Bob: Hi"})
    @Timeout(5)
    void garbageNeverThrows(String source) {
        TreeDraft draft = reader.read(source, 1);
        if (draft.isEmpty()) {
            assertThat(draft.start()).isEmpty();
            assertThat(draft.warnings()).isNotEmpty();
        } else {
            assertThat(DraftValidation.errors(draft)).isEmpty();
        }
    }

    @Test
    @Timeout(60)
    void tenThousandBoxesStayBounded() {
        StringBuilder chain = new StringBuilder("graph TD\n  Q{Start?} -->|Go| N0[Step 0]\n");
        for (int i = 1; i < 10_000; i++) {
            chain.append("  N").append(i - 1).append(" --> N").append(i).append("[Step ").append(i).append("]\n");
        }
        TreeDraft deep = reader.read(chain.toString(), 1);
        assertThat(deep.warnings()).anySatisfy(w -> assertThat(w.message()).contains("more than " + FlowchartParser.MOST_NODES));
        assertThat(DraftValidation.errors(deep)).isEmpty();

        StringBuilder wide = new StringBuilder("graph TD\n  Q{Which of ten thousand?}\n");
        for (int i = 0; i < 10_000; i++) {
            wide.append("  Q -->|Case ").append(i).append("| B").append(i).append("[處理 ").append(i).append("]\n");
        }
        TreeDraft fan = reader.read(wide.toString(), 1);
        assertThat(fan.nodes()).isNotEmpty();
        assertThat(DraftValidation.errors(fan)).isEmpty();

        StringBuilder loops = new StringBuilder("graph TD\n");
        for (int i = 0; i < 3_000; i++) {
            loops.append("  L").append(i).append("{Wait ").append(i).append("?} --> L").append((i * 7 + 3) % 3_000).append('\n');
        }
        TreeDraft tangled = reader.read(loops.toString(), 1);
        assertThat(DraftValidation.errors(tangled)).isEmpty();
    }

    @Test
    void eachPathEndsAndEveryNextResolves() {
        TreeDraft draft = read("graph TD\n  A[Alert fires] --> B{Scope?}\n  B -->|One pod| C[Delete the pod]\n  B -->|A zone| D[Wait for the zone]\n"
                + "  B -->|The region| E[Fail over]\n  E --> F{Healthy in DR?}\n  F -->|Yes| G((Running in DR))\n  F -->|No| H[Escalate]");
        List<Object> ids = draft.nodes().stream().map(n -> n.get("id")).toList();
        for (Map<String, Object> node : draft.nodes()) {
            if (node.get("next") != null) {
                assertThat(ids).contains(node.get("next"));
            }
            if (node.get("answers") != null) {
                answers(node).forEach(a -> assertThat(ids).contains(a.get("next")));
            }
        }
        Map<String, Object> wait = node(draft, (String) answers(node(draft, draft.start())).get(1).get("next"));
        assertThat(wait).containsEntry("type", "wait").containsEntry("duration", TreeAssembler.DEFAULT_WAIT);
        assertThat(draft.warnings()).anySatisfy(w -> assertThat(w.message()).contains("waits without saying how long"));
    }
}
