package dev.warroom.core.incident;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the report's author has entered, as a journal's events say it now: for each field, and for each
 * cell of a table's row, the last entry made (later entries, including those appended after the close,
 * replace earlier ones; an empty value clears it). Rows keep the order in which they were first entered.
 */
public final class ReportFields {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, Map<String, Map<String, String>>> tables = new LinkedHashMap<>();

    private ReportFields() {
    }

    /** Folds every {@link EventTypes#REPORT_FIELD_SET} event of {@code events}, in order. */
    public static ReportFields of(List<IncidentEvent> events) {
        ReportFields folded = new ReportFields();
        for (IncidentEvent event : events) {
            if (EventTypes.REPORT_FIELD_SET.equals(event.type())) {
                ReportFieldEntry.fromData(event.data()).ifPresent(folded::apply);
            }
        }
        return folded;
    }

    private void apply(ReportFieldEntry entry) {
        if (entry.isCell()) {
            Map<String, String> cells = tables.computeIfAbsent(entry.field(), t -> new LinkedHashMap<>())
                    .computeIfAbsent(entry.row().orElseThrow(), r -> new LinkedHashMap<>());
            if (entry.value().isEmpty()) {
                cells.remove(entry.column().orElseThrow());
            } else {
                cells.put(entry.column().orElseThrow(), entry.value());
            }
        } else if (entry.value().isEmpty()) {
            fields.remove(entry.field());
        } else {
            fields.put(entry.field(), entry.value());
        }
    }

    /** The value of a field, if the author entered one (and did not clear it since). */
    public Optional<String> field(String id) {
        return Optional.ofNullable(fields.get(id));
    }

    /** Every field entered, by id, in the order first entered. */
    public Map<String, String> fields() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** One cell of a table's row, if entered. */
    public Optional<String> cell(String table, String row, String column) {
        return Optional.ofNullable(tables.getOrDefault(table, Map.of()).getOrDefault(row, Map.of()).get(column));
    }

    /** A table's rows entered by the author: row id → column id → value, rows in the order first entered. */
    public Map<String, Map<String, String>> rows(String table) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        tables.getOrDefault(table, Map.of()).forEach((row, cells) -> rows.put(row, Collections.unmodifiableMap(new LinkedHashMap<>(cells))));
        return Collections.unmodifiableMap(rows);
    }

    public boolean isEmpty() {
        return fields.isEmpty() && tables.values().stream().allMatch(Map::isEmpty);
    }
}
