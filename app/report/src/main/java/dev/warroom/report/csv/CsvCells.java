package dev.warroom.report.csv;

import java.util.List;

/**
 * Writes RFC 4180 records: fields separated by commas, records ended by CRLF, a field quoted (its quotes
 * doubled) when it holds a comma, a quote or a line break. A field that a spreadsheet would take for a
 * formula (it starts with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so
 * opening the file never runs anything a plan or a journal put there.
 */
final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {
    }

    static void record(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String text) {
        String value = neutralised(text == null ? "" : text);
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    static String neutralised(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
