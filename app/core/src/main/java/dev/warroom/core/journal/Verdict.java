package dev.warroom.core.journal;

import java.util.Optional;

/**
 * The outcome of {@link JournalVerifier#verify}: either the whole chain is intact (with its length and
 * last hash, worth writing down elsewhere: a chain cannot show that events were cut off its end), or the
 * FIRST problem found. Immutable.
 */
public final class Verdict {

    private final int eventCount;
    private final String lastHash;
    private final JournalProblem problem;

    private Verdict(int eventCount, String lastHash, JournalProblem problem) {
        this.eventCount = eventCount;
        this.lastHash = lastHash;
        this.problem = problem;
    }

    static Verdict intact(int eventCount, String lastHash) {
        return new Verdict(eventCount, lastHash, null);
    }

    static Verdict broken(int eventsBeforeProblem, String lastGoodHash, JournalProblem problem) {
        return new Verdict(eventsBeforeProblem, lastGoodHash, problem);
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

    public Optional<JournalProblem> problem() {
        return Optional.ofNullable(problem);
    }

    /** One line for a person: "ok: 42 events, chain intact, last hash …" or the problem. */
    public String message() {
        if (problem != null) {
            return problem.message();
        }
        return "ok: " + eventCount + (eventCount == 1 ? " event" : " events") + ", chain intact, last hash " + lastHash;
    }

    @Override
    public String toString() {
        return message();
    }
}
