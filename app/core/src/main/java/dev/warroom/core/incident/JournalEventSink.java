package dev.warroom.core.incident;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.journal.Checkpoint;
import dev.warroom.core.journal.Journal;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalReader;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Records incident events in the tamper-evident journal; each is on disk before {@link #record} returns.
 * The event that closes the incident (resolved or aborted) also seals the journal, anchoring its end.
 */
public final class JournalEventSink implements EventSink {

    private final Journal journal;

    public JournalEventSink(Journal journal) {
        this.journal = journal;
    }

    @Override
    public IncidentEvent record(String type, String actor, ObjectNode data) throws IOException {
        IncidentEvent event = toIncidentEvent(journal.append(type, actor, data));
        if (EventTypes.RESOLVED.equals(type) || EventTypes.ABORTED.equals(type)) {
            journal.seal();
        }
        return event;
    }

    /** Reads the journal's file back, without the lock its writer holds while it appends. */
    @Override
    public List<IncidentEvent> readBack() throws IOException {
        return JournalReader.read(journal.file()).events().stream().map(JournalEventSink::toIncidentEvent).toList();
    }

    @Override
    public List<IncidentEvent> events() {
        return journal.events().stream().map(JournalEventSink::toIncidentEvent).toList();
    }

    @Override
    public boolean isEmpty() {
        return journal.eventCount() == 0;
    }

    @Override
    public Optional<Checkpoint> checkpoint() {
        return journal.checkpoint();
    }

    @Override
    public List<IncidentEvent> eventsAfter(long seq) {
        return journal.decodedEvents().stream().filter(e -> e.seq() > seq).map(JournalEventSink::toIncidentEvent).toList();
    }

    @Override
    public void writeCheckpoint(long seq, ObjectNode state) throws IOException {
        journal.writeCheckpoint(seq, state);
    }

    public static IncidentEvent toIncidentEvent(JournalEvent e) {
        return new IncidentEvent(e.seq(), e.time(), e.actor(), e.type(), e.data(), e.hash());
    }
}
