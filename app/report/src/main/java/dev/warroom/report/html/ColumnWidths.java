package dev.warroom.report.html;

import dev.warroom.core.report.doc.Table;
import dev.warroom.core.report.doc.TableIds;
import java.util.List;

/**
 * The widths some tables ask for, where the table layout's own choice reads badly. The timeline's event and outcome
 * columns share the room its short columns leave: left to itself, the PDF's layout gives nearly all of it to the
 * outcome column as soon as one outcome runs long (the board's first readings name every resource), and the events
 * wrap every two words. An empty width leaves that column to the layout.
 */
final class ColumnWidths {

    private static final List<String> TIMELINE = List.of("", "", "34%", "", "40%");
    /**
     * A drill's injects: id, planned, status, fired, T+, how, message, expected, world change, held, acknowledged. Left to
     * the layout, eleven columns on a portrait page gave "Acknowledged" and "World change" one character of width each.
     * Each column here holds its heading whole (the longest, "Acknowledged", about 63 pt in the PDF's 8 pt bold) and a
     * time or duration on one line; the message and the expected action, the only long texts, share what is left.
     */
    private static final List<String> INJECTS = List.of("9.5%", "9%", "8%", "8%", "7.5%", "7.5%", "12%", "12%", "8.5%", "5%", "13%");

    /** About how many Latin characters of a wide table's 8 pt type a line across the PDF's text width holds, less the cells' padding. */
    private static final double LINE_CHARS = 100;

    private ColumnWidths() {
    }

    static List<String> of(Table table) {
        if (table.id().equals(TableIds.TIMELINE) && table.headers().size() == TIMELINE.size()) {
            return TIMELINE;
        }
        return table.id().equals(TableIds.INJECTS) && table.headers().size() == INJECTS.size() ? INJECTS : List.of();
    }

    /**
     * Whether {@code text}'s longest word fits, whole, the width column {@code column} asks for: then its cell may keep its
     * words whole ("autopilot, 23:03:44" wraps between them, not inside the time) without running into the next column.
     * Text holding Chinese, which wraps between its characters, or a line break is left to the stylesheet.
     */
    static boolean wordsFit(List<String> widths, int column, String text) {
        if (column >= widths.size() || widths.get(column).isEmpty() || text.isBlank() || text.contains("\n") || text.contains("\r")
                || text.codePoints().anyMatch(Character::isIdeographic)) {
            return false;
        }
        double room = Double.parseDouble(widths.get(column).replace("%", "")) / 100 * LINE_CHARS;
        return longestWord(text) <= room;
    }

    private static int longestWord(String text) {
        int longest = 0;
        int word = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            word = Character.isWhitespace(codePoint) ? 0 : word + 1;
            longest = Math.max(longest, word);
            i += Character.charCount(codePoint);
        }
        return longest;
    }

    /** Whether every column has its width, so the table is laid out by them alone (CSS {@code table-layout: fixed}). */
    static boolean fixed(Table table) {
        List<String> widths = of(table);
        return !widths.isEmpty() && widths.stream().noneMatch(String::isEmpty);
    }
}
