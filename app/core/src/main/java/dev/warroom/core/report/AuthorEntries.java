package dev.warroom.core.report;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The author's entries ({@code report.field-set}) as they stand: the latest entry of a field wins, and the rows
 * of a table keep the order they were first entered in. A blank value clears a field.
 */
final class AuthorEntries {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, Map<String, Map<String, String>>> rows = new LinkedHashMap<>();

    AuthorEntries(List<IncidentEvent> events) {
        for (IncidentEvent e : events) {
            if (!EventTypes.REPORT_FIELD_SET.equals(e.type())) {
                continue;
            }
            String field = e.text("field");
            String row = e.text("row");
            String value = e.text("value");
            if (row.isEmpty()) {
                fields.put(field, value);
            } else {
                rows.computeIfAbsent(field, f -> new LinkedHashMap<>()).computeIfAbsent(row, r -> new LinkedHashMap<>())
                        .put(e.text("column"), value);
            }
        }
    }

    /** The field's value, if the author gave it one that is not blank. */
    Optional<String> field(String id) {
        return Optional.ofNullable(fields.get(id)).filter(v -> !v.isBlank());
    }

    /** A cell of the author's table {@code field}. */
    Optional<String> cell(String field, String row, String column) {
        return Optional.ofNullable(rows.getOrDefault(field, Map.of()).getOrDefault(row, Map.of()).get(column)).filter(v -> !v.isBlank());
    }

    /** The row ids of the author's table {@code field}, in the order they were first entered. */
    List<String> rowIds(String field) {
        return new ArrayList<>(rows.getOrDefault(field, Map.of()).keySet());
    }
}
