package dev.warroom.console.report;

import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.journal.Verdict;
import dev.warroom.core.plan.model.Plan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The journal a report is written from, and where the author's entries go: the open incident's (entries
 * through its writer) or a finished one's (entries appended as an amendment under a new seal).
 */
public interface ReportJournal extends AutoCloseable {

    /** The plan the incident ran (the journal's pinned one). */
    Plan plan();

    Path file();

    /** The events as journalled so far and what verifying the journal found. Blocking: off the FX thread. */
    Contents read() throws IOException;

    /** Journals the author's entry; the future completes once it is journalled, or with the refusal in words. */
    CompletableFuture<Void> set(FieldEntry entry);

    /** Calls {@code changed}, on any thread, each time the journal grows from now on. */
    void onChange(Runnable changed);

    /** The report view is closing: stops calling back; does not close the incident. */
    @Override
    void close();

    record Contents(List<IncidentEvent> events, Verdict verdict) {
        public Contents {
            events = List.copyOf(events);
        }
    }
}
