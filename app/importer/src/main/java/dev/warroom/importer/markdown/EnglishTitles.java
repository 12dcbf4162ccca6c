package dev.warroom.importer.markdown;

import dev.warroom.importer.draft.Glossary;
import dev.warroom.importer.draft.GlossaryRendering;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes {@code titleEn} (and {@code questionEn}, {@code labelEn}) beside a Chinese title the DR glossary covers whole: a
 * word-by-word rendering for the author to check. Titles the glossary covers only in part get none.
 */
final class EnglishTitles {

    private EnglishTitles() {
    }

    static void add(Map<String, Object> plan) {
        each(plan, "procedures", procedure -> {
            english(procedure, "title", "titleEn");
            each(procedure, "steps", step -> english(step, "title", "titleEn"));
        });
        each(plan, "checklists", checklist -> {
            english(checklist, "title", "titleEn");
            each(checklist, "items", item -> english(item, "title", "titleEn"));
        });
        each(plan, "roles", role -> english(role, "title", "titleEn"));
        each(plan, "reference", section -> english(section, "title", "titleEn"));
        each(plan, "degradationLevels", level -> english(level, "title", "titleEn"));
        each(plan, "scenarios", scenario -> english(scenario, "title", "titleEn"));
        each(plan, "drills", drill -> {
            english(drill, "title", "titleEn");
            each(drill, "objectives", objective -> english(objective, "title", "titleEn"));
            each(drill, "successCriteria", criterion -> english(criterion, "title", "titleEn"));
        });
        if (plan.get("decisionTree") instanceof Map<?, ?> tree) {
            each(cast(tree), "nodes", node -> {
                english(node, "title", "titleEn");
                english(node, "question", "questionEn");
                each(node, "answers", answer -> english(answer, "label", "labelEn"));
            });
        }
    }

    private static void each(Map<String, Object> parent, String key, Consumer<Map<String, Object>> action) {
        if (parent.get(key) instanceof List<?> list) {
            for (Object element : list) {
                if (element instanceof Map<?, ?> map) {
                    action.accept(cast(map));
                }
            }
        }
    }

    private static void english(Map<String, Object> element, String key, String englishKey) {
        if (!(element.get(key) instanceof String text) || element.containsKey(englishKey) || !(element instanceof LinkedHashMap)) {
            return;
        }
        GlossaryRendering rendering = Glossary.dr().render(text);
        if (!rendering.fullyCovered() || rendering.hasAuthorsEnglish()) {
            return;
        }
        List<Map.Entry<String, Object>> entries = new ArrayList<>(element.entrySet());
        element.clear();
        for (Map.Entry<String, Object> entry : entries) {
            element.put(entry.getKey(), entry.getValue());
            if (entry.getKey().equals(key)) {
                element.put(englishKey, rendering.english());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
