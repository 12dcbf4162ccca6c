package dev.warroom.importer.markdown;

import dev.warroom.importer.draft.DurationText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A drill block's details in the plan's drill fields, whichever language its keys are in: frequency and schedule, what
 * it practises (activities, and each one an objective), who takes part, and its success criteria — {@code RTO < 5
 * minutes} a measured bound, anything else a criterion the facilitator judges.
 */
final class DrillDetails {

    private static final List<String> FREQUENCY = List.of("frequency", "频率", "頻率");
    private static final List<String> SCHEDULE = List.of("schedule", "time", "时间", "時間");
    private static final List<String> ACTIVITIES = List.of("scenario", "activities", "演练内容", "演練內容", "内容", "內容");
    private static final List<String> PARTICIPANTS = List.of("participants", "参与人员", "參與人員", "参与者", "參與者");
    private static final List<String> CRITERIA = List.of("success_criteria", "成功标准", "成功標準");
    private static final Pattern MEASURED = Pattern.compile("(?i)^\\s*(RTO|RPO)\\b");

    private DrillDetails() {
    }

    static void add(PlanDraft draft, Map<String, Object> drill, Map<?, ?> fields, int line) {
        text(fields, FREQUENCY).ifPresent(v -> drill.putIfAbsent("frequency", draft.text(v, line)));
        text(fields, SCHEDULE).ifPresent(v -> drill.putIfAbsent("schedule", draft.text(v, line)));
        Optional<List<String>> activities = texts(fields, ACTIVITIES);
        activities.ifPresent(v -> drill.putIfAbsent("activities", v.stream().map(a -> draft.text(a, line)).toList()));
        texts(fields, PARTICIPANTS).ifPresent(v -> drill.putIfAbsent("participants", v.stream().map(p -> draft.text(p, line)).toList()));
        activities.ifPresent(v -> drill.put("objectives", objectives(draft, String.valueOf(drill.get("id")), v, line)));
        texts(fields, CRITERIA).ifPresent(v -> drill.put("successCriteria", v.stream().map(c -> criterion(draft, c, line)).toList()));
    }

    private static List<Map<String, Object>> objectives(PlanDraft draft, String drillId, List<String> activities, int line) {
        List<Map<String, Object>> objectives = new ArrayList<>();
        for (String activity : activities) {
            Map<String, Object> objective = new LinkedHashMap<>();
            objective.put("id", draft.ids.allocate("objective:" + drillId, activity, "objective"));
            objective.put("title", draft.text(activity, line));
            objectives.add(objective);
        }
        return objectives;
    }

    private static Map<String, Object> criterion(PlanDraft draft, String written, int line) {
        Map<String, Object> criterion = new LinkedHashMap<>();
        var measured = MEASURED.matcher(written);
        Optional<String> bound = DurationText.parse(written);
        if (measured.find() && bound.isPresent()) {
            criterion.put("metric", measured.group(1).toLowerCase(Locale.ROOT));
            criterion.put("title", draft.text(written, line));
            criterion.put("max", bound.get());
        } else {
            criterion.put("metric", "custom");
            criterion.put("title", draft.text(written, line));
        }
        return criterion;
    }

    private static Optional<String> text(Map<?, ?> fields, List<String> keys) {
        return value(fields, keys).filter(v -> !(v instanceof Map || v instanceof List)).map(String::valueOf);
    }

    private static Optional<List<String>> texts(Map<?, ?> fields, List<String> keys) {
        return value(fields, keys).filter(v -> v instanceof List<?> list && !list.isEmpty())
                .map(v -> ((List<?>) v).stream().map(String::valueOf).toList());
    }

    private static Optional<Object> value(Map<?, ?> fields, List<String> keys) {
        return fields.entrySet().stream().filter(e -> keys.contains(String.valueOf(e.getKey()).toLowerCase(Locale.ROOT)))
                .map(e -> (Object) e.getValue()).filter(v -> v != null).findFirst();
    }
}
