package dev.warroom.console.start;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds the incidents that are over in a folder of journals. Blocking (reads every journal): call off the FX thread. */
public final class FinishedIncidents {

    private FinishedIncidents() {
    }

    /** Every {@code *.jsonl} in {@code incidents} that holds incident.resolved or incident.aborted, newest first; unreadable ones are left out. */
    public static List<FinishedIncident> scan(Path incidents) throws IOException {
        List<FinishedIncident> found = new ArrayList<>();
        for (Path journal : UnfinishedIncidents.journals(incidents)) {
            read(journal).ifPresent(found::add);
        }
        found.sort(Comparator.comparing(FinishedIncident::openedAt).reversed());
        return found;
    }

    static Optional<FinishedIncident> read(Path journal) {
        List<JournalEvent> events;
        try {
            events = JournalReader.read(journal).events();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
        Optional<JournalEvent> opened = events.stream().filter(e -> EventTypes.OPENED.equals(e.type())).findFirst();
        Optional<JournalEvent> ended = events.stream()
                .filter(e -> EventTypes.RESOLVED.equals(e.type()) || EventTypes.ABORTED.equals(e.type())).reduce((first, last) -> last);
        if (opened.isEmpty() || ended.isEmpty()) {
            return Optional.empty();
        }
        JournalEvent first = opened.get();
        String title = first.data().path("title").asText("");
        String planId = first.data().path("plan").asText("");
        return Optional.of(new FinishedIncident(journal, title.isEmpty() ? planId : title, planId, first.data().path("mode").asText(""),
                first.time(), ended.get().time(), EventTypes.ABORTED.equals(ended.get().type())));
    }
}
