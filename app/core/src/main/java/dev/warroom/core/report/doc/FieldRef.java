package dev.warroom.core.report.doc;

/**
 * Where an author's entry for a value is journalled: the {@code report.field-set} entry's field, row and
 * column (row and column empty for a field of its own).
 */
public record FieldRef(String field, String row, String column) {

    public FieldRef {
        field = field == null ? "" : field;
        row = row == null ? "" : row;
        column = column == null ? "" : column;
    }
}
