package dev.warroom.cli;

import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.JournalEventSink;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The plan and journals the incident-command tests share. */
final class Incidents {

    static final String SEED = "7";

    private Incidents() {
    }

    static Path plan() {
        return Path.of(System.getProperty("warroom.root", "../.."), "plans", "ai-workflow.yaml").toAbsolutePath().normalize();
    }

    /** {@code warroom run} of the ai-workflow plan in TABLETOP with the autopilot, in this JVM. */
    static CliRun autoRun(Path journal, String... more) {
        String[] args = new String[] {"run", plan().toString(), "--mode", "tabletop", "--auto", "--journal", journal.toString(),
                "--seed", SEED};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CliRun.of(all);
    }

    static List<JournalEvent> events(Path journal) throws IOException {
        return JournalReader.read(journal).events();
    }

    static List<IncidentEvent> incidentEvents(Path journal) throws IOException {
        return events(journal).stream().map(JournalEventSink::toIncidentEvent).toList();
    }

    static List<String> types(Path journal) throws IOException {
        return events(journal).stream().map(JournalEvent::type).toList();
    }
}
