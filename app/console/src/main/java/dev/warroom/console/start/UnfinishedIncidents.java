package dev.warroom.console.start;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalRead;
import dev.warroom.core.journal.JournalReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Finds the incidents left open in a folder of journals. Blocking (reads every journal): call off the FX thread. */
public final class UnfinishedIncidents {

    private static final Set<String> ENDINGS = Set.of(EventTypes.RESOLVED, EventTypes.ABORTED);

    private UnfinishedIncidents() {
    }

    /**
     * Every {@code *.jsonl} in {@code incidents} whose last event does not end the incident, newest first.
     * A journal that cannot be read, or holds no incident, is left out. The plan is looked for where the
     * journal says it was, then by file name in {@code plans}. A missing folder holds nothing.
     */
    public static List<UnfinishedIncident> scan(Path incidents, Path plans) throws IOException {
        List<UnfinishedIncident> found = new ArrayList<>();
        for (Path journal : journals(incidents)) {
            read(journal, plans).ifPresent(found::add);
        }
        found.sort(Comparator.comparing(UnfinishedIncident::openedAt).reversed());
        return found;
    }

    /** Every {@code *.jsonl} file in {@code incidents}; a missing folder holds none. */
    static List<Path> journals(Path incidents) throws IOException {
        if (!Files.isDirectory(incidents)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(incidents)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl") && Files.isRegularFile(f)).toList();
        }
    }

    static Optional<UnfinishedIncident> read(Path journal, Path plans) {
        JournalRead read;
        try {
            read = JournalReader.read(journal);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
        List<JournalEvent> events = read.events();
        Optional<JournalEvent> opened = events.stream().filter(e -> EventTypes.OPENED.equals(e.type())).findFirst();
        if (opened.isEmpty() || ENDINGS.contains(events.get(events.size() - 1).type())) {
            return Optional.empty();
        }
        JournalEvent first = opened.get();
        String title = first.data().path("title").asText("");
        String planId = first.data().path("plan").asText("");
        return Optional.of(new UnfinishedIncident(journal, title.isEmpty() ? planId : title, planId, first.data().path("mode").asText(""),
                first.time(), events.get(events.size() - 1).time(), events.size(),
                planFile(first.data().path("planFile").asText(""), plans)));
    }

    private static Optional<Path> planFile(String recorded, Path plans) {
        if (recorded.isBlank()) {
            return Optional.empty();
        }
        try {
            Path asRecorded = Path.of(recorded);
            if (Files.isRegularFile(asRecorded)) {
                return Optional.of(asRecorded);
            }
            Path byName = plans.resolve(asRecorded.getFileName());
            return Files.isRegularFile(byName) ? Optional.of(byName) : Optional.empty();
        } catch (InvalidPathException notAPath) {
            return Optional.empty();
        }
    }
}
