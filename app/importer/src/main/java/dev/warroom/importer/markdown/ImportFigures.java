package dev.warroom.importer.markdown;

import dev.warroom.importer.ImportResult;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What a draft holds, counted for a summary line: procedures, steps (native actions, destructive ones), checklist items,
 * recovery objectives, and the reference sections that hold what mapped nowhere.
 */
public record ImportFigures(int procedures, int steps, int actions, int destructive, int checklistItems, int targets, int referenceSections) {

    public static ImportFigures of(ImportResult result) {
        if (result.refused()) {
            return new ImportFigures(0, 0, 0, 0, 0, 0, 0);
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        Map<String, Object> plan = new Yaml(new SafeConstructor(options)).load(result.planYaml());
        List<Map<String, Object>> procedures = list(plan.get("procedures"));
        List<Map<String, Object>> steps = procedures.stream().flatMap(p -> list(p.get("steps")).stream()).toList();
        int items = list(plan.get("checklists")).stream().mapToInt(c -> list(c.get("items")).size()).sum();
        Map<?, ?> targets = plan.get("targets") instanceof Map<?, ?> t ? t : Map.of();
        int objectives = (int) List.of("rto", "rpo", "mttr").stream().filter(targets::containsKey).count();
        objectives += list(targets.get("severities")).size() * 2;
        objectives += list(targets.get("services")).stream().mapToInt(s -> (s.containsKey("rto") ? 1 : 0) + (s.containsKey("rpo") ? 1 : 0)).sum();
        return new ImportFigures(procedures.size(), steps.size(), (int) steps.stream().filter(s -> "action".equals(s.get("type"))).count(),
                (int) steps.stream().filter(s -> Boolean.TRUE.equals(s.get("destructive"))).count(), items, objectives,
                list(plan.get("reference")).size());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }
}
