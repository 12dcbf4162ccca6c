package dev.warroom.core.report;

import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.report.doc.Block;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Table;
import dev.warroom.core.report.doc.TableIds;
import java.util.ArrayList;
import java.util.List;

/**
 * Every event of the incident in words: time, time since the impact, what happened, who, how it ended. The board's
 * first readings, one after the other, share one row ({@link FirstReadings}).
 */
final class TimelineSection {

    private TimelineSection() {
    }

    static List<Block> blocks(ReportContext c) {
        TimelineWords words = new TimelineWords(c.plan, c.input.language(), c.words);
        FirstReadings firstReadings = new FirstReadings(c.recorded, c.words);
        List<IncidentEvent> events = c.incidentEvents();
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            IncidentEvent e = events.get(i);
            int together = FirstReadings.runLength(events, i);
            if (together >= FirstReadings.FEWEST_TOGETHER) {
                List<IncidentEvent> run = events.subList(i, i + together);
                rows.add(row(c, e, firstReadings.event(run), firstReadings.outcome(run)));
                i += together - 1;
            } else {
                words.describe(e).ifPresent(w -> rows.add(row(c, e, w.event(), w.outcome())));
            }
        }
        return List.of(new Table(TableIds.TIMELINE, "", List.of(c.words.get("col.time"), c.words.get("col.since"), c.words.get("col.event"),
                c.words.get("col.actor"), c.words.get("col.outcome")), rows));
    }

    private static List<Cell> row(ReportContext c, IncidentEvent e, String event, String outcome) {
        return List.of(Cell.of(c.clock(e.time())), Cell.of(c.since(e.time())), Cell.of(c.text.of(event)), Cell.of(c.text.of(e.actor())),
                Cell.of(c.text.of(outcome)));
    }
}
