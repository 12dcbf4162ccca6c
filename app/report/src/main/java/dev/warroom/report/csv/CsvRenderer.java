package dev.warroom.report.csv;

import dev.warroom.core.report.doc.Block;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.report.doc.ReportSection;
import dev.warroom.core.report.doc.Table;
import dev.warroom.report.ReportFormat;
import dev.warroom.report.ReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One of the report's tables as CSV (RFC 4180), UTF-8 with a byte order mark so that spreadsheets read
 * Chinese: the timeline (the default), or the action items in the columns an issue tracker imports. CSV
 * carries no journal check; whoever writes the file says the result beside it.
 */
public final class CsvRenderer implements ReportRenderer {

    /** The action items' header row: the tracker's own field names, whatever the report's language. */
    public static final List<String> TRACKER_HEADERS = List.of("Summary", "Description", "Owner", "Due date", "Priority", "Status");

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CsvTable table;

    /** The timeline. */
    public CsvRenderer() {
        this(CsvTable.TIMELINE);
    }

    public CsvRenderer(CsvTable table) {
        this.table = table;
    }

    public CsvTable table() {
        return table;
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.CSV;
    }

    /**
     * Writes the table. A document without it (its template has no such section) gives the action items' header
     * row alone, and for the timeline fails in words: see {@link #holds}.
     */
    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        Optional<Table> found = find(document.sections(), table.tableId());
        if (found.isEmpty() && table == CsvTable.TIMELINE) {
            throw new IOException("the report holds no timeline (its template '" + document.templateId() + "' has no timeline section)");
        }
        StringBuilder csv = new StringBuilder();
        CsvCells.record(csv, table == CsvTable.ACTION_ITEMS ? TRACKER_HEADERS : found.get().headers());
        int width = table == CsvTable.ACTION_ITEMS ? TRACKER_HEADERS.size() : found.get().headers().size();
        for (List<Cell> row : found.map(Table::rows).orElse(List.of())) {
            CsvCells.record(csv, texts(row, width));
        }
        out.write(BOM);
        out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Whether the document holds the table this renderer writes. */
    public boolean holds(ReportDocument document) {
        return table == CsvTable.ACTION_ITEMS || find(document.sections(), table.tableId()).isPresent();
    }

    private static List<String> texts(List<Cell> row, int width) {
        List<String> texts = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            texts.add(i < row.size() ? row.get(i).text() : "");
        }
        return texts;
    }

    static Optional<Table> find(List<ReportSection> sections, String id) {
        for (ReportSection section : sections) {
            for (Block block : section.blocks()) {
                if (block instanceof Table t && id.equals(t.id())) {
                    return Optional.of(t);
                }
            }
            Optional<Table> deeper = find(section.subsections(), id);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }
}
