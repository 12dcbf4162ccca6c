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

    private ColumnWidths() {
    }

    static List<String> of(Table table) {
        return table.id().equals(TableIds.TIMELINE) && table.headers().size() == TIMELINE.size() ? TIMELINE : List.of();
    }
}
