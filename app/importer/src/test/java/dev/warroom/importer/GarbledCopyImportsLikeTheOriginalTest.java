package dev.warroom.importer;

import dev.warroom.importer.markdown.DocumentImporters;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Seed 001 (seed 000's bytes read as Windows-1252, some lost) gives the plan 000 gives: the same sections, procedures,
 * steps, commands, checklist items, targets and ids. Only 000's import is read for the comparison, never to repair 001.
 */
class GarbledCopyImportsLikeTheOriginalTest {

    @Test
    void theGarbledCopyGivesTheSameStructure() {
        ImportResult original = DocumentImporters.standard().importFile(Seeds.AI_WORKFLOW.document());
        ImportResult garbled = DocumentImporters.standard().importFile(Seeds.AI_WORKFLOW_GARBLED.document());

        assertThat(garbled.decoded().repaired()).isTrue();
        assertThat(structure(garbled)).isEqualTo(structure(original));
        assertThat(garbled.planId()).isEqualTo(original.planId());
    }

    /** Ids, kinds, phases, commands and objectives of every section, in order; titles left out (they may hold an uncertain character). */
    @SuppressWarnings("unchecked")
    private static List<String> structure(ImportResult result) {
        Map<String, Object> plan = new Yaml().load(result.planYaml());
        List<String> shape = new ArrayList<>();
        shape.add("sections " + plan.keySet());
        shape.add("targets " + targetsWithoutText((Map<String, Object>) plan.get("targets")));
        for (Map<String, Object> procedure : list(plan.get("procedures"))) {
            shape.add("procedure " + procedure.get("id"));
            for (Map<String, Object> step : list(procedure.get("steps"))) {
                shape.add("  step " + step.get("id") + " " + step.get("type") + " " + step.get("action") + " destructive=" + step.get("destructive"));
                shape.add("    command " + step.get("command"));
            }
        }
        for (Map<String, Object> checklist : list(plan.get("checklists"))) {
            shape.add("checklist " + checklist.get("id") + " " + checklist.get("phase") + " "
                    + list(checklist.get("items")).stream().map(i -> i.get("id")).toList());
        }
        Map<String, Object> tree = (Map<String, Object>) plan.get("decisionTree");
        shape.add("tree " + tree.get("start") + " " + list(tree.get("nodes")).stream().map(n -> n.get("id") + ":" + n.get("type")).toList());
        for (String section : List.of("sites", "backups", "scenarios", "drills", "contacts", "reportTemplates", "reference")) {
            shape.add(section + " " + list(plan.get(section)).stream().map(s -> s.get("id")).toList());
        }
        return shape;
    }

    private static List<String> targetsWithoutText(Map<String, Object> targets) {
        List<String> values = new ArrayList<>();
        targets.forEach((key, value) -> {
            if (value instanceof String duration) {
                values.add(key + "=" + duration);
            }
        });
        for (String list : List.of("services", "severities")) {
            list(targets.get(list)).forEach(t -> values.add(list + " " + t.get("id") + " rto=" + t.get("rto") + " rpo=" + t.get("rpo")));
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }
}
