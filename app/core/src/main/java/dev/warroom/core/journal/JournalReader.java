package dev.warroom.core.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a journal for reports and timelines without giving up on a bad line. */
public final class JournalReader {

    private JournalReader() {
    }

    /** Throws only when the file cannot be read at all; damage inside it comes back as problems. */
    public static JournalRead read(Path file) throws IOException {
        JournalFile journal = JournalFile.read(file, true);
        List<JournalEvent> events = new ArrayList<>(journal.lines().size());
        for (DecodedLine line : journal.lines()) {
            if (line.isEvent()) {
                events.add(line.event());
            }
        }
        return new JournalRead(events, ChainWalk.allProblems(journal.lines()).problems());
    }
}
