package dev.warroom.core.report;

import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.report.doc.Block;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Table;
import dev.warroom.core.report.doc.TableIds;
import java.util.ArrayList;
import java.util.List;

/** Every event of the incident in words: time, time since the impact, what happened, who, how it ended. */
final class TimelineSection {

    private TimelineSection() {
    }

    static List<Block> blocks(ReportContext c) {
        TimelineWords words = new TimelineWords(c.plan, c.input.language(), c.words);
        List<List<Cell>> rows = new ArrayList<>();
        for (IncidentEvent e : c.incidentEvents()) {
            words.describe(e).ifPresent(w -> rows.add(List.of(Cell.of(c.clock(e.time())), Cell.of(c.since(e.time())),
                    Cell.of(c.text.of(w.event())), Cell.of(c.text.of(e.actor())), Cell.of(c.text.of(w.outcome())))));
        }
        return List.of(new Table(TableIds.TIMELINE, "", List.of(c.words.get("col.time"), c.words.get("col.since"), c.words.get("col.event"),
                c.words.get("col.actor"), c.words.get("col.outcome")), rows));
    }
}
