package dev.warroom.core.journal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One entry of a journal's seal file: when the incident closed (or an event was added after the close),
 * how many events the journal held and the hash of the last one. Seals are chained: each names the
 * hash of the seal it supersedes ({@link JournalEvent#NO_PREVIOUS} for the first), and its own
 * {@code hash} covers all its fields. Immutable.
 */
public record JournalSeal(int number, long events, String head, Instant sealedAt, String supersedes, String hash) {

    public JournalSeal {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(sealedAt, "sealedAt");
        Objects.requireNonNull(supersedes, "supersedes");
        Objects.requireNonNull(hash, "hash");
    }

    /** The seal after {@code previous} (null for the first) for a journal of {@code events} ending in {@code head}. */
    static JournalSeal next(JournalSeal previous, long events, String head, Instant sealedAt) {
        int number = previous == null ? 1 : previous.number() + 1;
        String supersedes = previous == null ? JournalEvent.NO_PREVIOUS : previous.hash();
        return new JournalSeal(number, events, head, sealedAt, supersedes, hashOf(number, events, head, sealedAt, supersedes));
    }

    /** Whether {@code hash} is what the other fields give: an entry edited by hand shows here. */
    boolean hashMatches() {
        return hash.equals(hashOf(number, events, head, sealedAt, supersedes));
    }

    static String hashOf(int number, long events, String head, Instant sealedAt, String supersedes) {
        String text = "warroom-seal|" + number + "|" + events + "|" + head + "|" + sealedAt + "|" + supersedes;
        return HexFormat.of().formatHex(Hashing.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
