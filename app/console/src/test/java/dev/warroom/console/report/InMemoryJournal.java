package dev.warroom.console.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.plan.model.Plan;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** A journal in memory: the author's entries become report.field-set events, and listeners hear each one. */
final class InMemoryJournal implements ReportJournal {

    final List<IncidentEvent> events = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Path file;
    private final Plan plan;

    InMemoryJournal(Path file, Plan plan, int startingEvents) {
        this.file = file;
        this.plan = plan;
        for (int i = 0; i < startingEvents; i++) {
            append("note", JsonNodeFactory.instance.objectNode().put("text", "event " + i));
        }
    }

    void append(String type, ObjectNode data) {
        events.add(new IncidentEvent(events.size() + 1, Instant.parse("2026-12-06T10:00:00Z").plusSeconds(events.size()), "alice",
                type, data));
        listeners.forEach(Runnable::run);
    }

    @Override
    public Plan plan() {
        return plan;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public Contents read() {
        return new Contents(events, null);
    }

    @Override
    public CompletableFuture<Void> set(FieldEntry entry) {
        if (entry.value().contains("refuse")) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("the field " + entry.field() + " is not in this template"));
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("field", entry.field());
        if (!entry.row().isEmpty()) {
            data.put("row", entry.row());
        }
        if (!entry.column().isEmpty()) {
            data.put("column", entry.column());
        }
        data.put("value", entry.value());
        return CompletableFuture.runAsync(() -> append(EventTypes.REPORT_FIELD_SET, data));
    }

    @Override
    public void onChange(Runnable changed) {
        listeners.add(changed);
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
