package dev.warroom.core.report;

import dev.warroom.core.incident.ChecklistTick;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.Note;
import dev.warroom.core.incident.NoteKind;
import dev.warroom.core.plan.model.Checklist;
import dev.warroom.core.plan.model.ChecklistItem;
import dev.warroom.core.report.doc.Block;
import dev.warroom.core.report.doc.BulletList;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Mark;
import dev.warroom.core.report.doc.Paragraph;
import dev.warroom.core.report.doc.ReportSection;
import dev.warroom.core.report.doc.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the team recorded along the way: checklists ticked, issues found, notes, and who took part. */
final class RecordsSection {

    static final String PARTICIPANTS_TABLE = "participants";
    private static final List<String> MACHINE_ACTORS = List.of("warroom", "journal", "schedule", "trigger");

    private RecordsSection() {
    }

    /** One subsection per checklist of the plan: each item ticked (by whom, when) or not. */
    static List<ReportSection> checklists(ReportContext c, String sectionId, List<Block> intro) {
        int items = c.plan.checklists().stream().mapToInt(l -> l.items().size()).sum();
        intro.add(new Paragraph(Cell.of(c.words.get("checklists.count", c.state.ticks().size(), items))));
        List<ReportSection> lists = new ArrayList<>();
        for (Checklist list : c.plan.checklists()) {
            List<Cell> cells = new ArrayList<>();
            for (ChecklistItem item : list.items()) {
                Optional<ChecklistTick> tick = c.state.ticks().stream()
                        .filter(t -> t.checklist().equals(list.id()) && t.item().equals(item.id())).findFirst();
                String title = c.text.pick(item.title(), item.titleEn());
                cells.add(tick.map(t -> Cell.marked(title + " — " + c.words.get("checklist.ticked", c.text.of(t.actor()), c.clock(t.at())),
                        Mark.GOOD)).orElse(Cell.marked(title + " — " + c.words.get("checklist.open"), Mark.PLAIN)));
            }
            lists.add(new ReportSection(sectionId + "/" + list.id(), c.text.pick(list.title(), list.titleEn()), List.of(new BulletList(cells))));
        }
        return lists;
    }

    static List<Block> notes(ReportContext c, NoteKind kind) {
        List<Cell> cells = new ArrayList<>();
        for (Note n : c.state.notes()) {
            if (n.kind() == kind) {
                cells.add(Cell.of(c.text.of(n.text()) + " — " + c.words.get("note.by", c.text.of(n.actor()), c.clock(n.at()))));
            }
        }
        return cells.isEmpty() ? List.of(new Paragraph(Cell.of(c.words.get("none-recorded")))) : List.of(new BulletList(cells));
    }

    /** The drill's named participants, then everyone the journal names, with how many entries each made. */
    static List<Block> participants(ReportContext c) {
        List<List<Cell>> rows = new ArrayList<>();
        c.drill.ifPresent(d -> d.participants().forEach(p -> rows.add(List.of(Cell.of(c.text.of(p)), Cell.of(c.words.get("part.planned"))))));
        Map<String, Integer> entries = new LinkedHashMap<>();
        for (IncidentEvent e : c.incidentEvents()) {
            if (!e.actor().isBlank() && !MACHINE_ACTORS.contains(e.actor())) {
                entries.merge(e.actor(), 1, Integer::sum);
            }
        }
        entries.forEach((actor, count) -> rows.add(List.of(Cell.of(c.text.of(actor)), Cell.of(c.words.get("part.journal", count)))));
        return List.of(new Table(PARTICIPANTS_TABLE, "", List.of(c.words.get("col.participant"), c.words.get("col.part")), rows));
    }
}
