package dev.warroom.core.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child process of {@link JournalKillTest}: opens (or creates) the journal named by its argument and
 * appends events forever, printing each seq only after {@link Journal#append} has returned.
 */
public final class JournalAppenderMain {

    private JournalAppenderMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        PrintStream out = new PrintStream(System.out, true, "UTF-8");
        boolean resume = Files.exists(file) && Files.size(file) > 0;
        try (Journal journal = resume ? Journal.open(file, new SteppingClock()) : Journal.create(file, new SteppingClock())) {
            System.err.println("opened with " + journal.events().size() + " events, repaired " + journal.repairedBytes() + " bytes");
            for (long i = journal.events().size() + 1; ; i++) {
                ObjectNode data = JournalFiles.sampleData(i);
                if (i % 7 == 0) {
                    data.put("output", "x".repeat(20_000));
                }
                JournalEvent event = journal.append(JournalFiles.sampleType(i), "drill-bot", data);
                out.println(event.seq());
            }
        }
    }
}
