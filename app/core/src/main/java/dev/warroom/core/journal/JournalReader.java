package dev.warroom.core.journal;

import dev.warroom.core.journal.JournalAccessException.Reason;
import dev.warroom.core.journal.JournalProblem.Kind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a journal for reports and timelines without giving up on a bad line, or strictly, to resume it. */
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

    /**
     * Reads a journal as resuming it will: a torn last line is left out (resuming sets it aside), and any
     * other damage, to the chain or against the seals, throws {@link JournalCorruptException} naming it.
     * A file that is not a journal throws {@link JournalAccessException}; an empty one gives no events.
     */
    public static JournalRead readToResume(Path file) throws IOException {
        JournalCheck.Result result = JournalCheck.toResume(file, JournalFile.read(file, true));
        JournalProblem problem = result.problem();
        if (problem != null && problem.kind() == Kind.NOT_A_JOURNAL) {
            throw new JournalAccessException(Reason.NOT_A_JOURNAL, file, file + ": " + problem.message());
        }
        if (problem != null && problem.kind() != Kind.EMPTY) {
            throw new JournalCorruptException(file, problem);
        }
        return new JournalRead(result.chain().verified(), List.of());
    }
}
