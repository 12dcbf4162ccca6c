package dev.warroom.core.journal;

import java.io.IOException;
import java.nio.file.Path;

/** A journal whose chain is broken somewhere other than a torn last line: resuming from it would be a guess. */
public final class JournalCorruptException extends IOException {

    private static final long serialVersionUID = 1L;
    private final transient JournalProblem problem;

    JournalCorruptException(Path file, JournalProblem problem) {
        super(file + " is damaged" + (problem.line() > 0 ? ", line " + problem.line() : "") + ": " + problem.message()
                + "; the incident cannot resume from it (run `warroom verify` on it for the details)");
        this.problem = problem;
    }

    public JournalProblem problem() {
        return problem;
    }
}
