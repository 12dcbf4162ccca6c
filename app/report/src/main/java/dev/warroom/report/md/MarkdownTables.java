package dev.warroom.report.md;

import java.util.List;

/** A GFM table from cells already escaped for Markdown. */
final class MarkdownTables {

    private MarkdownTables() {
    }

    static void append(StringBuilder md, List<String> headers, List<List<String>> rows) {
        if (headers.isEmpty()) {
            int width = rows.stream().mapToInt(List::size).max().orElse(0);
            if (width == 0) {
                return;
            }
            headers = padded(List.of(), width);
        }
        row(md, headers);
        md.append('|');
        headers.forEach(h -> md.append("---|"));
        md.append('\n');
        for (List<String> row : rows) {
            row(md, row.size() >= headers.size() ? row.subList(0, headers.size()) : padded(row, headers.size()));
        }
        md.append('\n');
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(cell).append(" |");
        }
        md.append('\n');
    }

    private static List<String> padded(List<String> row, int width) {
        String[] cells = new String[width];
        for (int i = 0; i < width; i++) {
            cells[i] = i < row.size() ? row.get(i) : "";
        }
        return List.of(cells);
    }
}
