package dev.warroom.core.report.doc;

import java.util.List;

/**
 * A table. {@code id} names what it holds so that a renderer that keeps only some tables (CSV: the
 * timeline and the action items) can find them: see {@link TableIds}.
 */
public record Table(String id, String caption, List<String> headers, List<List<Cell>> rows) implements Block {

    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
