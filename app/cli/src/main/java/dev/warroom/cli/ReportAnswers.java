package dev.warroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.core.incident.IncidentStateException;
import dev.warroom.core.incident.ReportFieldEntry;
import dev.warroom.core.plan.load.Position;
import dev.warroom.core.plan.load.PositionIndex;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The report author's part of the {@code --answers} file, checked before anything is written:
 * <pre>
 * report:
 *   fields:      { field-id: text }                                   e.g. root-cause, impact, conclusion
 *   actionItems: { row-id: {owner, due: YYYY-MM-DD, priority, status, summary, description} }
 *   signOffs:    { role-id: {name, date: YYYY-MM-DD} }
 *   tables:      { table-id: [ {column-id: text, ..}, .. ]  or  { row-id: {column-id: text, ..} } }
 * </pre>
 * Each value becomes one {@code report.field-set} entry: a field of its own, or a cell of a table's row
 * (action items in table {@value #ACTION_ITEMS}, sign-offs in table {@value #SIGN_OFFS} with columns
 * {@code name} and {@code date}; a table given as a list numbers its rows 1, 2, ..).
 */
record ReportAnswers(List<ReportFieldEntry> entries) {

    static final String KEY = "report";
    static final String ACTION_ITEMS = "action-items";
    static final String SIGN_OFFS = "sign-offs";
    private static final Set<String> SECTIONS = Set.of("fields", "actionItems", "signOffs", "tables");
    private static final Set<String> ACTION_COLUMNS = Set.of("owner", "due", "priority", "status", "summary", "description");
    private static final Set<String> SIGN_OFF_COLUMNS = Set.of("name", "date");

    static ReportAnswers none() {
        return new ReportAnswers(List.of());
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** What the entries fill, in a few words: "root-cause, impact, action-items (2 rows)". */
    static String describe(List<ReportFieldEntry> entries) {
        Map<String, Set<String>> rows = new java.util.LinkedHashMap<>();
        for (ReportFieldEntry entry : entries) {
            Set<String> of = rows.computeIfAbsent(entry.field(), f -> new java.util.LinkedHashSet<>());
            entry.row().ifPresent(of::add);
        }
        return rows.entrySet().stream().map(e -> e.getValue().isEmpty() ? e.getKey()
                : e.getKey() + " (" + e.getValue().size() + (e.getValue().size() == 1 ? " row)" : " rows)")).collect(Collectors.joining(", "));
    }

    /** Reads the {@code report} key of {@code script}; the first problem is thrown as {@code file:line:column: words}. */
    static ReportAnswers read(JsonNode script, PositionIndex positions, String file) throws DrillAnswers.BadAnswersException {
        JsonNode report = script.path(KEY);
        if (report.isMissingNode()) {
            return none();
        }
        Reader reader = new Reader(positions, file, new ArrayList<>());
        reader.mapping(report, "/" + KEY, "fields, actionItems, signOffs and tables");
        reader.allowed(report, "/" + KEY, SECTIONS);
        reader.fields(report.path("fields"));
        reader.rows(report.path("actionItems"), "/report/actionItems", ACTION_ITEMS, ACTION_COLUMNS, Set.of("due"));
        reader.rows(report.path("signOffs"), "/report/signOffs", SIGN_OFFS, SIGN_OFF_COLUMNS, Set.of("date"));
        reader.tables(report.path("tables"));
        return new ReportAnswers(List.copyOf(reader.entries()));
    }

    private record Reader(PositionIndex positions, String file, List<ReportFieldEntry> entries) {

        DrillAnswers.BadAnswersException problem(String pointer, String words) {
            return at(positions.valueAt(pointer), words);
        }

        DrillAnswers.BadAnswersException keyProblem(String pointer, String words) {
            return at(positions.keyAt(pointer), words);
        }

        private DrillAnswers.BadAnswersException at(Position where, String words) {
            return new DrillAnswers.BadAnswersException(file + ":" + where.line() + ":" + where.column() + ": " + words);
        }

        void fields(JsonNode node) throws DrillAnswers.BadAnswersException {
            if (node.isMissingNode()) {
                return;
            }
            mapping(node, "/report/fields", "field ids, each with its text (e.g. root-cause: \"...\")");
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String pointer = "/report/fields/" + escape(field.getKey());
                add(pointer, field.getKey(), null, null, text(field.getValue(), pointer, field.getKey()));
            }
        }

        /** Rows by id, each a mapping of {@code columns}; the {@code dates} among them must be YYYY-MM-DD. */
        void rows(JsonNode node, String pointer, String table, Set<String> columns, Set<String> dates)
                throws DrillAnswers.BadAnswersException {
            if (node.isMissingNode()) {
                return;
            }
            String name = pointer.substring(pointer.lastIndexOf('/') + 1);
            mapping(node, pointer, "row ids, each a mapping of " + sorted(columns));
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> row = it.next();
                String rowPointer = pointer + "/" + escape(row.getKey());
                if (!row.getValue().isObject()) {
                    throw problem(rowPointer, "each of " + name + " is a mapping of " + sorted(columns));
                }
                allowed(row.getValue(), rowPointer, columns);
                cells(row.getValue(), rowPointer, table, row.getKey(), dates);
            }
        }

        void tables(JsonNode node) throws DrillAnswers.BadAnswersException {
            if (node.isMissingNode()) {
                return;
            }
            mapping(node, "/report/tables", "table ids, each a list of rows (or a mapping of row ids to rows)");
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> table = it.next();
                String pointer = "/report/tables/" + escape(table.getKey());
                JsonNode rows = table.getValue();
                if (rows.isArray()) {
                    for (int i = 0; i < rows.size(); i++) {
                        row(rows.get(i), pointer + "/" + i, table.getKey(), String.valueOf(i + 1));
                    }
                } else if (rows.isObject()) {
                    for (Iterator<Map.Entry<String, JsonNode>> r = rows.fields(); r.hasNext(); ) {
                        Map.Entry<String, JsonNode> row = r.next();
                        row(row.getValue(), pointer + "/" + escape(row.getKey()), table.getKey(), row.getKey());
                    }
                } else {
                    throw problem(pointer, "table '" + table.getKey() + "' is a list of rows, each a mapping of column ids to text");
                }
            }
        }

        private void row(JsonNode row, String pointer, String table, String rowId) throws DrillAnswers.BadAnswersException {
            if (!row.isObject()) {
                throw problem(pointer, "a row of table '" + table + "' is a mapping of column ids to text");
            }
            cells(row, pointer, table, rowId, Set.of());
        }

        private void cells(JsonNode row, String pointer, String table, String rowId, Set<String> dates) throws DrillAnswers.BadAnswersException {
            for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> cell = it.next();
                String cellPointer = pointer + "/" + escape(cell.getKey());
                String value = text(cell.getValue(), cellPointer, cell.getKey());
                if (dates.contains(cell.getKey()) && !value.isEmpty()) {
                    date(value, cellPointer, cell.getKey());
                }
                add(cellPointer, table, rowId, cell.getKey(), value);
            }
        }

        private void add(String pointer, String field, String row, String column, String value) throws DrillAnswers.BadAnswersException {
            try {
                entries.add(row == null ? ReportFieldEntry.of(field, value) : ReportFieldEntry.cell(field, row, column, value));
            } catch (IncidentStateException e) {
                throw problem(pointer, e.getMessage());
            }
        }

        private void date(String value, String pointer, String key) throws DrillAnswers.BadAnswersException {
            try {
                LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw problem(pointer, "'" + value + "' is not a date; write " + key + " as YYYY-MM-DD");
            }
        }

        private String text(JsonNode node, String pointer, String key) throws DrillAnswers.BadAnswersException {
            if (node.isNull()) {
                throw problem(pointer, "'" + key + "' has no value; write its text (\"\" clears what an earlier entry said)");
            }
            if (!node.isValueNode() || node.isBinary()) {
                throw problem(pointer, "'" + key + "' is a text here, not a " + (node.isArray() ? "list" : "mapping"));
            }
            return node.asText().strip();
        }

        void mapping(JsonNode node, String pointer, String holds) throws DrillAnswers.BadAnswersException {
            if (!node.isObject()) {
                throw problem(pointer, pointer.substring(pointer.lastIndexOf('/') + 1) + " is a mapping of " + holds);
            }
        }

        void allowed(JsonNode node, String pointer, Set<String> keys) throws DrillAnswers.BadAnswersException {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!keys.contains(key)) {
                    throw keyProblem(pointer + "/" + escape(key), "unknown key '" + key + "'; here it can be " + sorted(keys));
                }
            }
        }

        private static String sorted(Set<String> keys) {
            return keys.stream().sorted().collect(Collectors.joining(", "));
        }

        private static String escape(String key) {
            return key.replace("~", "~0").replace("/", "~1");
        }
    }
}
