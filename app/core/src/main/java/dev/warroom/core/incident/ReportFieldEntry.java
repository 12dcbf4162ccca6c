package dev.warroom.core.incident;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * One entry of the report's author ({@link EventTypes#REPORT_FIELD_SET}): a template field's value, or one
 * cell of a table section's row ({@code row} and {@code column} together). An empty value clears what an
 * earlier entry said. Checked when made, so a bad entry is refused in words before it reaches the journal.
 */
public record ReportFieldEntry(String field, Optional<String> row, Optional<String> column, String value) {

    /** The longest id of a field, row or column. */
    public static final int MAX_ID_LENGTH = 200;
    /** The longest value one entry holds (a few pages of text). */
    public static final int MAX_VALUE_LENGTH = 20_000;

    public ReportFieldEntry {
        field = id(field, "a report field");
        row = row == null ? Optional.empty() : row.map(r -> id(r, "a table row"));
        column = column == null ? Optional.empty() : column.map(c -> id(c, "a table column"));
        if (row.isPresent() != column.isPresent()) {
            throw new IncidentStateException("report field '" + field + "': a table cell names both its row and its column"
                    + (row.isPresent() ? " (row '" + row.get() + "' has no column)" : " (column '" + column.get() + "' has no row)"));
        }
        value = value == null ? "" : value.strip();
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new IncidentStateException("report field '" + field + "': the value is " + value.length() + " characters long; at most "
                    + MAX_VALUE_LENGTH + " fit in one entry");
        }
    }

    /** A field of its own (not a table cell). */
    public static ReportFieldEntry of(String field, String value) {
        return new ReportFieldEntry(field, Optional.empty(), Optional.empty(), value);
    }

    /** One cell of a table section's row. */
    public static ReportFieldEntry cell(String table, String row, String column, String value) {
        return new ReportFieldEntry(table, Optional.of(row), Optional.of(column), value);
    }

    /** Whether this entry is one cell of a table section's row. */
    public boolean isCell() {
        return row.isPresent();
    }

    /** The entry as the event's data: {field, value} and, for a cell, {row, column}. */
    public ObjectNode toData() {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("field", field);
        row.ifPresent(r -> data.put("row", r));
        column.ifPresent(c -> data.put("column", c));
        return data.put("value", value);
    }

    /** The entry a {@link EventTypes#REPORT_FIELD_SET} event's data holds; empty for data no WarRoom wrote. */
    public static Optional<ReportFieldEntry> fromData(JsonNode data) {
        if (data == null || !data.path("field").isTextual() || !data.path("value").isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ReportFieldEntry(data.get("field").asText(), text(data.path("row")), text(data.path("column")),
                    data.get("value").asText()));
        } catch (IncidentStateException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }

    private static String id(String given, String what) {
        if (given == null || given.isBlank()) {
            throw new IncidentStateException(what + " needs an id (e.g. root-cause); it was blank");
        }
        String id = given.strip();
        if (id.length() > MAX_ID_LENGTH) {
            throw new IncidentStateException(what + " id is " + id.length() + " characters long; at most " + MAX_ID_LENGTH);
        }
        if (id.chars().anyMatch(Character::isISOControl)) {
            throw new IncidentStateException(what + " id '" + id.replaceAll("\\p{Cntrl}", "?") + "' holds a control character");
        }
        return id;
    }
}
