package dev.warroom.core.report;

import dev.warroom.core.report.doc.Block;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.FieldRef;
import dev.warroom.core.report.doc.Mark;
import dev.warroom.core.report.doc.Table;
import dev.warroom.core.report.doc.TableIds;
import java.util.ArrayList;
import java.util.List;

/**
 * The improvement plan: every action item (hot wash and action-item notes) in the columns an issue tracker
 * imports: summary, description, owner, due date, priority, status. What nobody said is marked to fill.
 */
final class FollowUpSection {

    private static final int SUMMARY_LENGTH = 80;

    private FollowUpSection() {
    }

    static List<Block> actionItems(ReportContext c) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ReportActionItems.Item item : ReportActionItems.of(c.events)) {
            String text = c.text.of(item.text());
            String source = item.source().equals("hotwash") ? c.words.get("action.from-hotwash", c.text.of(item.actor()))
                    : c.words.get("action.from-note", c.text.of(item.actor()), c.clock(item.at()));
            rows.add(List.of(Cell.of(summary(text)), Cell.of(text + "\n" + source), filled(c, item, "owner", item.owner()),
                    filled(c, item, "due", item.due()), filled(c, item, "priority", item.priority()),
                    Cell.fillable(item.status().isBlank() ? c.words.get("action.open") : c.text.of(item.status()), Mark.PLAIN,
                            ref(item, "status"))));
        }
        return List.of(new Table(TableIds.ACTION_ITEMS, "", List.of(c.words.get("col.summary"), c.words.get("col.description"),
                c.words.get("col.owner"), c.words.get("col.due"), c.words.get("col.priority"), c.words.get("col.status")), rows));
    }

    /** The first line, cut at a word near {@value #SUMMARY_LENGTH} characters. */
    private static String summary(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        if (line.codePointCount(0, line.length()) <= SUMMARY_LENGTH) {
            return line;
        }
        String cut = line.substring(0, line.offsetByCodePoints(0, SUMMARY_LENGTH));
        int space = cut.lastIndexOf(' ');
        return (space > SUMMARY_LENGTH / 2 ? cut.substring(0, space) : cut) + "…";
    }

    /** A column the author sets, filled or not, journalled as {field: action-items, row: the item's id, column}. */
    private static Cell filled(ReportContext c, ReportActionItems.Item item, String column, String value) {
        return value.isBlank() ? Cell.fillable(c.words.get("to-fill"), Mark.TO_FILL, ref(item, column))
                : Cell.fillable(c.text.of(value), Mark.PLAIN, ref(item, column));
    }

    private static FieldRef ref(ReportActionItems.Item item, String column) {
        return new FieldRef(TableIds.ACTION_ITEMS, item.id(), column);
    }
}
