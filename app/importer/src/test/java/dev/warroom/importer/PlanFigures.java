package dev.warroom.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * What a plan holds that a comparison counts, in plan order, leaving out what its author marked {@code derived: true}:
 * its steps (title and command), its checklist items and its recovery objectives ({@code rto=1h}, {@code Redis.rpo=15m}).
 */
record PlanFigures(List<Step> steps, List<String> checklistItems, List<String> targets) {

    record Step(String title, String command) {
    }

    @SuppressWarnings("unchecked")
    static PlanFigures of(String yaml) {
        Map<String, Object> plan = new Yaml().load(yaml);
        List<Step> steps = new ArrayList<>();
        for (Map<String, Object> procedure : list(plan.get("procedures"))) {
            if (derived(procedure)) {
                continue;
            }
            for (Map<String, Object> step : list(procedure.get("steps"))) {
                if (!derived(step)) {
                    steps.add(new Step(String.valueOf(step.get("title")), step.get("command") == null ? null : normalized((String) step.get("command"))));
                }
            }
        }
        List<String> items = new ArrayList<>();
        for (Map<String, Object> checklist : list(plan.get("checklists"))) {
            if (derived(checklist)) {
                continue;
            }
            list(checklist.get("items")).stream().filter(i -> !derived(i)).forEach(i -> items.add(String.valueOf(i.get("title")).strip()));
        }
        List<String> targets = new ArrayList<>();
        Map<String, Object> t = (Map<String, Object>) plan.getOrDefault("targets", Map.of());
        for (String key : List.of("rto", "rpo", "mttr")) {
            if (t.get(key) != null) {
                targets.add(key + "=" + t.get(key));
            }
        }
        for (Map<String, Object> severity : list(t.get("severities"))) {
            if (!derived(severity)) {
                targets.add("severity." + severity.get("id") + ".rto=" + severity.get("rto"));
                targets.add("severity." + severity.get("id") + ".rpo=" + severity.get("rpo"));
            }
        }
        for (Map<String, Object> service : list(t.get("services"))) {
            if (!derived(service)) {
                String name = String.valueOf(service.get("name")).replace("**", "").strip();
                for (String key : List.of("rto", "rpo")) {
                    if (service.get(key) != null) {
                        targets.add(name + "." + key + "=" + service.get(key));
                    }
                }
            }
        }
        return new PlanFigures(steps, items, targets);
    }

    long commands() {
        return steps.stream().filter(s -> s.command() != null).count();
    }

    static String normalized(String command) {
        return command.replace("\\\n", " ").replaceAll("\\s+", " ").strip();
    }

    private static boolean derived(Map<String, Object> element) {
        return Boolean.TRUE.equals(element.get("derived"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }
}
