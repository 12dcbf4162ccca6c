package dev.warroom.service;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.ReportFieldEntry;
import dev.warroom.core.journal.Journal;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalSeal;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A finished incident's journal, reopened to add the report author's entries ({@link IncidentService#amend}).
 * It holds the journal's lock until {@link #close()}. Each entry is appended to the chain and forced to disk,
 * and a new seal, superseding the one before, is written after it: the amended journal still verifies.
 * Not thread-safe: one author at a time.
 */
public final class JournalAmendment implements AutoCloseable {

    private final Journal journal;
    private final String actor;
    private boolean closed;

    JournalAmendment(Journal journal, String actor) {
        this.journal = journal;
        this.actor = actor;
    }

    /** Who the entries are recorded as. */
    public String actor() {
        return actor;
    }

    /** Appends one entry (a field, or a cell of a table's row) as a {@code report.field-set} event under a new seal. */
    public JournalEvent setReportField(ReportFieldEntry entry) throws IOException {
        if (closed) {
            throw new IllegalStateException("this amendment of " + journal.file() + " is closed");
        }
        return journal.append(EventTypes.REPORT_FIELD_SET, actor, entry.toData());
    }

    /**
     * As {@link #setReportField(ReportFieldEntry)}: a field of its own ({@code row} and {@code column} empty) or a
     * table cell (both given). A bad entry throws {@link dev.warroom.core.incident.IncidentStateException} and writes nothing.
     */
    public JournalEvent setReportField(String field, Optional<String> row, Optional<String> column, String value) throws IOException {
        return setReportField(new ReportFieldEntry(field, row, column, value));
    }

    /** Every event of the journal, the appended ones last. */
    public List<JournalEvent> events() {
        return journal.events();
    }

    /** The seal that covers the journal now. */
    public Optional<JournalSeal> seal() {
        return journal.latestSeal();
    }

    /** The journal's head now (the hash of its last event): the copy to keep elsewhere. */
    public String head() {
        return journal.head();
    }

    /**
     * Seals whatever is not sealed yet (a journal closed before seals were written gets its first seal here),
     * and lets go of the journal.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            journal.seal();
        } finally {
            journal.close();
        }
    }
}
