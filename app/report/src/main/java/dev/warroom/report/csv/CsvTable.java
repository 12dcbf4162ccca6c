package dev.warroom.report.csv;

import dev.warroom.core.report.doc.TableIds;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The tables a report gives as CSV, by the word {@code --csv-table} takes. */
public enum CsvTable {
    TIMELINE("timeline", TableIds.TIMELINE),
    ACTION_ITEMS("action-items", TableIds.ACTION_ITEMS);

    private final String word;
    private final String tableId;

    CsvTable(String word, String tableId) {
        this.word = word;
        this.tableId = tableId;
    }

    public String word() {
        return word;
    }

    String tableId() {
        return tableId;
    }

    public static Optional<CsvTable> parse(String word) {
        String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.word.equals(w)).findFirst();
    }
}
