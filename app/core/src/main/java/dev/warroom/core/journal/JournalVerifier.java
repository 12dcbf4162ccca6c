package dev.warroom.core.journal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Checks a journal's hash chain and names the first altered, removed, reordered or duplicated event.
 * Each event's hash is recomputed from the bytes of its line as stored, so changing any byte is caught.
 */
public final class JournalVerifier {

    private JournalVerifier() {
    }

    /** Throws only when the file cannot be read at all. */
    public static Verdict verify(Path file) throws IOException {
        ChainWalk.Result result = ChainWalk.firstProblem(JournalFile.read(file, false).lines());
        if (result.intact()) {
            return Verdict.intact(result.verifiedCount(), result.lastVerifiedHash());
        }
        return Verdict.broken(result.verifiedCount(), result.lastVerifiedHash(), result.problems().get(0));
    }
}
