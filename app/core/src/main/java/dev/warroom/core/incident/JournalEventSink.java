package dev.warroom.core.incident;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.journal.Journal;
import dev.warroom.core.journal.JournalEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Records incident events in the tamper-evident journal; each is on disk before {@link #record} returns.
 * The event that closes the incident (resolved or aborted) also seals the journal, anchoring its end.
 */
public final class JournalEventSink implements EventSink {

    private final Journal journal;
    private final List<Consumer<IncidentEvent>> listeners = new ArrayList<>();

    public JournalEventSink(Journal journal) {
        this.journal = journal;
    }

    /** Listeners see each event after it is durable, on the recording thread. */
    public JournalEventSink onRecorded(Consumer<IncidentEvent> listener) {
        listeners.add(listener);
        return this;
    }

    @Override
    public IncidentEvent record(String type, String actor, ObjectNode data) throws IOException {
        IncidentEvent event = toIncidentEvent(journal.append(type, actor, data));
        if (EventTypes.RESOLVED.equals(type) || EventTypes.ABORTED.equals(type)) {
            journal.seal();
        }
        listeners.forEach(l -> l.accept(event));
        return event;
    }

    @Override
    public List<IncidentEvent> events() {
        return journal.events().stream().map(JournalEventSink::toIncidentEvent).toList();
    }

    public static IncidentEvent toIncidentEvent(JournalEvent e) {
        return new IncidentEvent(e.seq(), e.time(), e.actor(), e.type(), e.data(), e.hash());
    }
}
