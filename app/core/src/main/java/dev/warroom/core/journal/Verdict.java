package dev.warroom.core.journal;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link JournalVerifier#verify}: either the chain is intact and agrees with its seals
 * (with its length and head, the hash of its last event: worth copying elsewhere, since only a copy
 * kept apart shows that events were cut off the end of an unsealed journal), or the FIRST problem found.
 * Immutable.
 */
public final class Verdict {

    private final int eventCount;
    private final String lastHash;
    private final JournalProblem problem;
    private final JournalSeal seal;
    private final List<String> hashes;

    private Verdict(int eventCount, String lastHash, JournalProblem problem, JournalSeal seal, List<String> hashes) {
        this.eventCount = eventCount;
        this.lastHash = lastHash;
        this.problem = problem;
        this.seal = seal;
        this.hashes = List.copyOf(hashes);
    }

    static Verdict intact(int eventCount, String lastHash, JournalSeal seal, List<String> hashes) {
        return new Verdict(eventCount, lastHash, null, seal, hashes);
    }

    static Verdict broken(int eventsBeforeProblem, String lastGoodHash, JournalProblem problem) {
        return new Verdict(eventsBeforeProblem, lastGoodHash, problem, null, List.of());
    }

    public boolean ok() {
        return problem == null;
    }

    /** All events when ok; otherwise those that verified before the first problem. */
    public int eventCount() {
        return eventCount;
    }

    /** The hash of the last event that verified ({@link JournalEvent#NO_PREVIOUS} when there is none). */
    public String lastHash() {
        return lastHash;
    }

    /** The journal's head (the hash of its last event) when ok. */
    public Optional<String> head() {
        return ok() ? Optional.of(lastHash) : Optional.empty();
    }

    public Optional<JournalProblem> problem() {
        return Optional.ofNullable(problem);
    }

    /** The last seal, when the journal is ok and sealed. */
    public Optional<JournalSeal> seal() {
        return Optional.ofNullable(seal);
    }

    /**
     * Holds an intact journal against a head copied elsewhere (a report, a chat message, a status bar):
     * empty when it matches, otherwise what the difference means, in words.
     */
    public Optional<String> checkHead(String expected) {
        String wanted = expected.strip().toLowerCase(java.util.Locale.ROOT);
        if (!ok() || wanted.equals(lastHash)) {
            return Optional.empty();
        }
        int at = hashes.indexOf(wanted);
        String head = "the journal's head is " + lastHash + " (event " + eventCount + "), not the expected " + wanted;
        if (at >= 0) {
            int seq = at + 1;
            String added = eventCount == seq + 1 ? "event " + eventCount + " was" : "events " + (seq + 1) + " to " + eventCount
                    + " were";
            return Optional.of(head + ": the expected head is event " + seq + ", so " + added + " added after it was copied");
        }
        return Optional.of(head + ": no event in the journal has that hash, so events were removed from its end or the journal"
                + " was rewritten since the head was copied (or the hash belongs to another journal)");
    }

    /** One line for a person: "ok: 42 events, chain intact, sealed at event 42; head …" or the problem. */
    public String message() {
        if (problem != null) {
            return problem.message();
        }
        return "ok: " + eventCount + (eventCount == 1 ? " event" : " events") + ", chain intact, " + sealWords() + "; head " + lastHash;
    }

    /**
     * What anchors the end of an intact journal, in words: "sealed at event 42 (seal 1, …)", or "not sealed"
     * (no seal file beside it: the incident has not closed, or closed before seals were written).
     */
    public String sealWords() {
        if (seal == null) {
            return "not sealed";
        }
        return "sealed at event " + seal.events() + " (seal " + seal.number() + ", " + seal.sealedAt() + ")";
    }

    @Override
    public String toString() {
        return message();
    }
}
