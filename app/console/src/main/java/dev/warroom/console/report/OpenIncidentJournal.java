package dev.warroom.console.report;

import dev.warroom.core.incident.JournalEventSink;
import dev.warroom.core.incident.SnapshotFeed;
import dev.warroom.core.journal.JournalReader;
import dev.warroom.core.journal.JournalVerifier;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.service.IncidentHandle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The open incident's journal, as the report view reads it: read back from its file (the writer holds the
 * journal itself while it appends), followed through a snapshot subscription, and the author's entries
 * handed to the incident's writer through {@code journalling} (the service's report-field command).
 */
public final class OpenIncidentJournal implements ReportJournal {

    private final IncidentHandle handle;
    private final Function<FieldEntry, CompletableFuture<Void>> journalling;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final SnapshotFeed.Subscription snapshots;

    public OpenIncidentJournal(IncidentHandle handle, Function<FieldEntry, CompletableFuture<Void>> journalling) {
        this.handle = handle;
        this.journalling = journalling;
        this.snapshots = handle.subscribe(handle.state().lastSeq(), snapshot -> listeners.forEach(Runnable::run));
    }

    @Override
    public Plan plan() {
        return handle.plan();
    }

    @Override
    public Path file() {
        return handle.journal().file();
    }

    @Override
    public Contents read() throws IOException {
        Path file = file();
        return new Contents(JournalReader.read(file).events().stream().map(JournalEventSink::toIncidentEvent).toList(),
                JournalVerifier.verify(file));
    }

    @Override
    public CompletableFuture<Void> set(FieldEntry entry) {
        return journalling.apply(entry);
    }

    @Override
    public void onChange(Runnable changed) {
        listeners.add(changed);
    }

    @Override
    public void close() {
        listeners.clear();
        snapshots.close();
    }
}
