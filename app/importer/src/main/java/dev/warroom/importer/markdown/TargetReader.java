package dev.warroom.importer.markdown;

import dev.warroom.importer.draft.DurationText;
import dev.warroom.importer.words.ImportText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovery objectives wherever the document states them: a table with RTO and RPO columns (one service per row), a
 * table whose rows are RTO, RPO and MTTR (the overall objectives), a line {@code RTO: 15分钟}, and a severity heading
 * {@code 嚴重災難 (Critical - RTO: 1小時, RPO: 15分鐘)}.
 */
final class TargetReader {

    private static final Pattern OBJECTIVE = Pattern.compile("\\b(RTO|RPO|MTTR)\\b[^:：]{0,60}[:：]\\s*([^,，;；]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEVERITY_WORD = Pattern.compile("\\b(critical|major|minor|high|medium|low|severe|moderate)\\b",
            Pattern.CASE_INSENSITIVE);

    private final PlanDraft draft;

    TargetReader(PlanDraft draft) {
        this.draft = draft;
    }

    /** A header with both an RTO and an RPO column: a table of service objectives. */
    static boolean namesObjectives(List<String> header) {
        return header.stream().anyMatch(cell -> cell.toUpperCase(Locale.ROOT).matches(".*\\bRTO\\b.*"))
                && header.stream().anyMatch(cell -> cell.toUpperCase(Locale.ROOT).matches(".*\\bRPO\\b.*"));
    }

    static boolean rowsAreObjectives(List<List<String>> rows) {
        return !rows.isEmpty() && rows.stream().filter(r -> !r.isEmpty())
                .anyMatch(r -> r.get(0).toUpperCase(Locale.ROOT).matches(".*\\b(RTO|RPO)\\b.*"));
    }

    /** A table with RTO/RPO columns: one service target per row. Returns how many targets it gave. */
    int serviceTable(List<String> header, List<List<String>> rows, int from, int to) {
        int name = 0;
        int rto = column(header, "RTO");
        int rpo = column(header, "RPO");
        int priority = column(header, "優先", "优先", "PRIORITY");
        int impact = column(header, "影響", "影响", "IMPACT");
        int strategy = column(header, "策略", "STRATEGY");
        int found = 0;
        for (List<String> row : rows) {
            String title = cell(row, name);
            if (title.isEmpty()) {
                continue;
            }
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("id", draft.ids.allocate("service", title, "service"));
            service.put("name", draft.text(title, from));
            putText(service, "impact", cell(row, impact), from);
            Optional<String> rpoValue = DurationText.parse(cell(row, rpo));
            Optional<String> rtoValue = DurationText.parse(cell(row, rto));
            rpoValue.ifPresent(v -> service.put("rpo", v));
            rtoValue.ifPresent(v -> service.put("rto", v));
            putText(service, "priority", cell(row, priority), from);
            putText(service, "strategy", cell(row, strategy), from);
            String notes = "RPO " + cell(row, rpo) + ", RTO " + cell(row, rto);
            service.put("notes", draft.text(notes, from));
            draft.services.add(service);
            found += (rpoValue.isPresent() ? 1 : 0) + (rtoValue.isPresent() ? 1 : 0);
        }
        draft.mapped(from, to, ImportText.of("what.targets-table", rows.size()), ImportText.of("became.services", "targets.services", found));
        return found;
    }

    /** A table whose rows are the objectives (RTO, RPO, MTTR): the plan's overall targets. */
    void overallTable(List<List<String>> rows, int from, int to) {
        for (List<String> row : rows) {
            String joined = String.join(" ", row);
            String label = cell(row, 0);
            String key = label.toUpperCase(Locale.ROOT).contains("MTTR") ? "mttr"
                    : label.toUpperCase(Locale.ROOT).contains("RTO") ? "rto" : label.toUpperCase(Locale.ROOT).contains("RPO") ? "rpo" : null;
            Optional<String> value = row.size() > 1 ? DurationText.parse(cell(row, 1)) : Optional.empty();
            if (key != null && value.isPresent()) {
                draft.targets.putIfAbsent(key, value.get());
            }
            draft.targetNotes.add(draft.text(joined.replaceAll("\\*\\*", ""), from));
        }
        draft.mapped(from, to, ImportText.of("what.objectives-table"), ImportText.of("became.and", "targets (rto, rpo, mttr)", "targets.notes"));
    }

    /**
     * A heading or line naming objectives: a severity level when it also names one (critical, major…), else the overall
     * targets. Returns whether the text named any objective.
     */
    boolean line(String text, int line, boolean heading) {
        Matcher m = OBJECTIVE.matcher(text);
        Map<String, String> found = new LinkedHashMap<>();
        while (m.find()) {
            String key = m.group(1).toLowerCase(Locale.ROOT);
            DurationText.parse(m.group(2)).ifPresent(v -> found.putIfAbsent(key, v));
        }
        if (found.isEmpty()) {
            return false;
        }
        Matcher severity = SEVERITY_WORD.matcher(text);
        if (heading && severity.find() && found.containsKey("rto") && found.containsKey("rpo")) {
            Map<String, Object> level = new LinkedHashMap<>();
            level.put("id", draft.ids.claim("severity", severity.group(1).toLowerCase(Locale.ROOT)));
            level.put("title", draft.text(text, line));
            level.put("rto", found.get("rto"));
            level.put("rpo", found.get("rpo"));
            draft.severities.add(level);
            draft.mapped(line, line, ImportText.of("what.heading-targets"), "targets.severities[" + level.get("id") + "]");
            return true;
        }
        found.forEach(draft.targets::putIfAbsent);
        draft.targetNotes.add(draft.text(text, line));
        draft.mapped(line, line, ImportText.of(heading ? "what.heading-objectives" : "what.line-objectives"), ImportText.of("became.and", "targets " + found.keySet(), "targets.notes"));
        return true;
    }

    /** rto and rpo are required: when the document gives no overall value, take the first severity's or the longest service's. */
    void completeOverall() {
        for (String key : List.of("rto", "rpo")) {
            if (draft.targets.containsKey(key)) {
                continue;
            }
            Optional<String> value = draft.severities.stream().map(s -> (String) s.get(key)).findFirst();
            ImportText from = ImportText.of("source.first-severity");
            if (value.isEmpty()) {
                value = draft.services.stream().map(s -> (String) s.get(key)).filter(v -> v != null)
                        .max((a, b) -> Long.compare(seconds(a), seconds(b)));
                from = ImportText.of("source.longest-service", key.toUpperCase(Locale.ROOT));
            }
            if (value.isPresent()) {
                draft.targets.put(key, value.get());
                draft.warn(0, "warning.overall-target-taken", key.toUpperCase(Locale.ROOT), value.get(), from);
            } else {
                draft.targets.put(key, "24h");
                draft.warn(0, "warning.target-placeholder", key.toUpperCase(Locale.ROOT), "targets." + key);
            }
        }
    }

    private static long seconds(String duration) {
        Matcher m = Pattern.compile("(\\d+)(ms|s|m|h|d)").matcher(duration);
        long total = 0;
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            total += switch (m.group(2)) {
                case "d" -> n * 86_400;
                case "h" -> n * 3600;
                case "m" -> n * 60;
                case "s" -> n;
                default -> 0;
            };
        }
        return total;
    }

    private void putText(Map<String, Object> into, String key, String value, int line) {
        if (!value.isEmpty()) {
            into.put(key, draft.text(value, line));
        }
    }

    private static int column(List<String> header, String... words) {
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i).toUpperCase(Locale.ROOT);
            for (String word : words) {
                if (cell.contains(word)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int index) {
        return index >= 0 && index < row.size() ? row.get(index).replaceAll("\\*\\*", "").strip() : "";
    }

    static List<String> copy(List<String> cells) {
        return new ArrayList<>(cells);
    }
}
