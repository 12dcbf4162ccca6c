package dev.warroom.console.report;

/**
 * What the author typed into a field of the report: journalled as {@code report.field-set} under the
 * template field's id (with the row and column for a cell of the author's table; empty otherwise).
 */
public record FieldEntry(String field, String row, String column, String value) {

    public FieldEntry {
        row = row == null ? "" : row;
        column = column == null ? "" : column;
        value = value == null ? "" : value;
    }

    /** A field of its own: root cause, impact, the conclusion, a sign-off. */
    public static FieldEntry of(String field, String value) {
        return new FieldEntry(field, "", "", value);
    }
}
