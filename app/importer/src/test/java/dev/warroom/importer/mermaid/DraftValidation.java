package dev.warroom.importer.mermaid;

import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.plan.validate.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** A minimal plan around a tree draft, written as YAML the way the importer writes it, and core's validation of it. */
final class DraftValidation {

    private DraftValidation() {
    }

    static String planYaml(TreeDraft draft) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("formatVersion", 1);
        plan.put("id", "drafted");
        plan.put("system", "Drafted from a flowchart");
        plan.put("source", Map.of("document", "flowchart"));
        plan.put("targets", Map.of("rto", "1h", "rpo", "15m"));
        plan.put("sites", List.of(Map.of("id", "primary", "title", "Primary", "role", "primary")));
        plan.put("decisionTree", Map.of("start", draft.start(), "nodes", draft.nodes()));
        List<Map<String, Object>> procedures = new ArrayList<>();
        for (String id : draft.procedures()) {
            List<Map<String, Object>> steps = new ArrayList<>();
            List<String> titles = draft.procedureSteps().getOrDefault(id, List.of(id));
            for (int i = 0; i < titles.size(); i++) {
                steps.add(Map.of("id", "step-" + (i + 1), "type", "manual", "title", titles.get(i)));
            }
            procedures.add(Map.of("id", id, "title", titles.get(0), "steps", steps));
        }
        plan.put("procedures", procedures);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(Integer.MAX_VALUE);
        return new Yaml(options).dump(plan);
    }

    static List<Problem> errors(TreeDraft draft) {
        String yaml = planYaml(draft);
        return new PlanValidation().validate("drafted.yaml", yaml.getBytes(StandardCharsets.UTF_8)).problems().stream()
                .filter(Problem::isError).toList();
    }
}
