package dev.warroom.core.journal;

import dev.warroom.core.journal.JournalProblem.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks decoded lines in file order and checks the chain: each event intact, seq counting up by one,
 * each {@code prev} equal to the hash before it. Names what it finds in words.
 */
final class ChainWalk {

    /**
     * How many events verified before the first problem (and those events, when the lines were decoded
     * with their data), and the problems: all of them, or just the first.
     */
    record Result(int verifiedCount, List<JournalEvent> verified, String lastVerifiedHash, List<JournalProblem> problems) {

        boolean intact() {
            return problems.isEmpty();
        }
    }

    private final List<DecodedLine> lines;
    private final List<JournalEvent> verified = new ArrayList<>();
    private int verifiedCount;
    private final List<JournalProblem> problems = new ArrayList<>();
    private String lastVerifiedHash = JournalEvent.NO_PREVIOUS;
    private long expected = 1;
    /** The hash the next event must name as prev; null after a line that could not be read. */
    private String lastHash = JournalEvent.NO_PREVIOUS;

    private ChainWalk(List<DecodedLine> lines) {
        this.lines = lines;
    }

    static Result firstProblem(List<DecodedLine> lines) {
        return new ChainWalk(lines).run(true);
    }

    static Result allProblems(List<DecodedLine> lines) {
        return new ChainWalk(lines).run(false);
    }

    private Result run(boolean stopAtFirst) {
        for (int i = 0; i < lines.size(); i++) {
            JournalProblem problem = check(i);
            if (problem == null && problems.isEmpty()) {
                DecodedLine line = lines.get(i);
                verifiedCount++;
                lastVerifiedHash = line.hash();
                if (line.event() != null) {
                    verified.add(line.event());
                }
            } else if (problem != null) {
                problems.add(problem);
                if (stopAtFirst) {
                    break;
                }
            }
        }
        return new Result(verifiedCount, List.copyOf(verified), lastVerifiedHash, List.copyOf(problems));
    }

    private JournalProblem check(int index) {
        DecodedLine line = lines.get(index);
        int number = line.raw().number();
        if (!line.raw().terminated()) {
            return new JournalProblem(Kind.INCOMPLETE_LAST_LINE, number, 0, null,
                    "the last line is incomplete (the writer crashed mid-write?)");
        }
        if (!line.isEvent()) {
            advance(expected, null);
            return new JournalProblem(Kind.NOT_AN_EVENT, number, 0, null,
                    "line " + number + " is not a journal event (" + line.defect() + ")");
        }
        if (!line.hashMatches()) {
            return altered(line);
        }
        if (line.seq() == expected) {
            String wantedPrev = lastHash;
            advance(line.seq(), line.hash());
            return wantedPrev == null || wantedPrev.equals(line.prev()) ? null : brokenLink(line);
        }
        if (line.seq() > expected) {
            return skippedAhead(index, line);
        }
        return fellBehind(index, line);
    }

    private void advance(long seq, String hash) {
        expected = seq + 1;
        lastHash = hash;
    }

    private JournalProblem altered(DecodedLine line) {
        long seq = line.seq() == expected ? line.seq() : expected;
        String note = line.seq() == expected ? "" : " (its seq now reads " + line.seq() + ")";
        advance(seq, line.hash());
        return new JournalProblem(Kind.ALTERED, line.raw().number(), seq, line.type(),
                "event " + seq + " (" + line.type() + ") was altered: its hash does not match its content" + note);
    }

    private JournalProblem brokenLink(DecodedLine line) {
        String message = line.seq() == 1
                ? "event 1 (" + line.type() + ") does not start a chain: its prev is not the zero hash"
                : "event " + line.seq() + " (" + line.type() + ") does not follow event " + (line.seq() - 1)
                        + ": its prev is not the hash of event " + (line.seq() - 1) + " (an event was replaced?)";
        return new JournalProblem(Kind.BROKEN_LINK, line.raw().number(), line.seq(), line.type(), message);
    }

    private JournalProblem skippedAhead(int index, DecodedLine line) {
        long wanted = expected;
        int number = line.raw().number();
        int laterLine = lineOfIntactEvent(index + 1, lines.size(), wanted, null);
        advance(line.seq(), line.hash());
        if (laterLine > 0) {
            return new JournalProblem(Kind.OUT_OF_ORDER, number, wanted, null,
                    "event " + wanted + " is out of order: line " + number + " holds event " + line.seq()
                            + ", and event " + wanted + " comes later, on line " + laterLine);
        }
        String message;
        if (wanted == 1) {
            message = (line.seq() == 2 ? "event 1 is missing" : "events 1 to " + (line.seq() - 1) + " are missing")
                    + ": the journal starts at event " + line.seq();
        } else {
            message = (line.seq() - wanted == 1 ? "event " + wanted + " is missing"
                    : "events " + wanted + " to " + (line.seq() - 1) + " are missing")
                    + ": seq jumps from " + (wanted - 1) + " to " + line.seq();
        }
        return new JournalProblem(Kind.MISSING, number, wanted, null, message);
    }

    private JournalProblem fellBehind(int index, DecodedLine line) {
        int number = line.raw().number();
        int sameEarlier = lineOfIntactEvent(0, index, line.seq(), line.hash());
        if (sameEarlier > 0) {
            return new JournalProblem(Kind.DUPLICATED, number, line.seq(), line.type(),
                    "event " + line.seq() + " (" + line.type() + ") is duplicated: line " + number
                            + " repeats line " + sameEarlier);
        }
        return new JournalProblem(Kind.OUT_OF_ORDER, number, line.seq(), line.type(),
                "event " + line.seq() + " (" + line.type() + ") is out of order: it is on line " + number
                        + ", after event " + (expected - 1));
    }

    /** The line number of the first intact event with this seq (and hash, when given) in [from, to), or 0. */
    private int lineOfIntactEvent(int from, int to, long seq, String hash) {
        for (int i = from; i < to; i++) {
            DecodedLine candidate = lines.get(i);
            if (candidate.isIntactEvent() && candidate.seq() == seq && (hash == null || hash.equals(candidate.hash()))) {
                return candidate.raw().number();
            }
        }
        return 0;
    }
}
