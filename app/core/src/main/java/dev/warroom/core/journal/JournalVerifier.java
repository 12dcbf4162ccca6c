package dev.warroom.core.journal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Checks a journal's hash chain and its seals, and names the first altered, removed, reordered,
 * duplicated, cut-off or appended event. Each event's hash is recomputed from the bytes of its line as
 * stored, so changing any byte is caught.
 */
public final class JournalVerifier {

    private JournalVerifier() {
    }

    /** Throws only when the file cannot be read at all ({@link JournalAccessException}). */
    public static Verdict verify(Path file) throws IOException {
        JournalCheck.Result result = JournalCheck.whole(file);
        if (result.problem() == null) {
            return Verdict.intact(result.chain().verifiedCount(), result.head(), result.seals().last(), result.hashes());
        }
        return Verdict.broken(result.chain().verifiedCount(), result.chain().lastVerifiedHash(), result.problem());
    }
}
