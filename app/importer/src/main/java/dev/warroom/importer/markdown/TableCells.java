package dev.warroom.importer.markdown;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reading a document's table by its header's words: which column says what, and a cell's text without bold marks. */
final class TableCells {

    private TableCells() {
    }

    /** Whether the cell holds any of the words, in any case. */
    static boolean has(String cell, String... words) {
        String c = cell.toLowerCase(Locale.ROOT);
        return Arrays.stream(words).anyMatch(w -> c.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** The first column after the first whose header holds any of the words; -1 when none does. */
    static int column(List<String> header, String... words) {
        for (int i = 1; i < header.size(); i++) {
            if (has(header.get(i), words)) {
                return i;
            }
        }
        return -1;
    }

    /** The row's cell at {@code index} without bold marks, or empty when the row has none there. */
    static String cell(List<String> row, int index) {
        return index >= 0 && index < row.size() ? row.get(index).replaceAll("\\*\\*", "").strip() : "";
    }
}
