package dev.warroom.core.report;

import dev.warroom.core.incident.ReportFields;
import dev.warroom.core.drill.ActionItem;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.NoteKind;
import dev.warroom.core.report.doc.TableIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The action items of an incident, each under an id the author's entries name it by: {@code hotwash-N} for the
 * N-th action of the hot wash, {@code note-SEQ} for an action-item note (SEQ: the note's place in the journal).
 * The author overrides owner, due date, priority and status with {@code report.field-set}
 * {field: action-items, row: the id, column: owner|due|priority|status}; the latest entry wins.
 */
public final class ReportActionItems {

    /** The columns an author may set. */
    public static final List<String> COLUMNS = List.of("owner", "due", "priority", "status");

    /**
     * One action item. Empty owner, due, priority: nobody said (the report marks them to fill); empty status: open.
     *
     * @param source who recorded it and how, e.g. the hot wash's facilitator or the note's author
     */
    public record Item(String id, String text, String source, String actor, Instant at, String owner, String due, String priority,
            String status) {
    }

    private ReportActionItems() {
    }

    public static List<Item> of(List<IncidentEvent> events) {
        ReportFields author = ReportFields.of(events);
        List<Item> items = new ArrayList<>();
        Optional<IncidentEvent> hotWash = events.stream().filter(e -> EventTypes.HOT_WASH_RECORDED.equals(e.type()))
                .reduce((first, second) -> second);
        hotWash.ifPresent(e -> {
            int n = 0;
            for (var action : e.data().path("actions")) {
                n++;
                ActionItem a = new ActionItem(action.path("text").asText(""), action.path("owner").asText(""), action.path("due").asText(""));
                items.add(item(author, "hotwash-" + n, a.text(), "hotwash", e.actor(), e.time(), a.owner(), a.due()));
            }
        });
        for (IncidentEvent e : events) {
            if (EventTypes.NOTE_ADDED.equals(e.type()) && NoteKind.parse(e.text("kind")).orElse(NoteKind.NOTE) == NoteKind.ACTION_ITEM) {
                items.add(item(author, "note-" + e.seq(), e.text("text"), "note", e.actor(), e.time(), "", ""));
            }
        }
        return items;
    }

    private static Item item(ReportFields author, String id, String text, String source, String actor, Instant at, String owner, String due) {
        return new Item(id, text, source, actor, at, set(author, id, "owner").orElse(owner), set(author, id, "due").orElse(due),
                set(author, id, "priority").orElse(""), set(author, id, "status").orElse(""));
    }

    private static Optional<String> set(ReportFields author, String row, String column) {
        return author.cell(TableIds.ACTION_ITEMS, row, column);
    }
}
