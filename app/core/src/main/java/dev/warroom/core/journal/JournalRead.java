package dev.warroom.core.journal;

import java.util.List;

/**
 * A tolerant read of a journal: every line that could be read as an event, in file order (including any
 * whose hash no longer matches), and every problem found. Immutable.
 */
public record JournalRead(List<JournalEvent> events, List<JournalProblem> problems) {

    public JournalRead {
        events = List.copyOf(events);
        problems = List.copyOf(problems);
    }

    /** True when the chain is intact: these events are exactly what was written. */
    public boolean clean() {
        return problems.isEmpty();
    }
}
