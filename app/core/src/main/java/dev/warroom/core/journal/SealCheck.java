package dev.warroom.core.journal;

import dev.warroom.core.journal.JournalProblem.Kind;
import java.util.List;

/**
 * Holds an intact chain against its seals: every seal's head must be the hash of the event it counted,
 * and the journal must end exactly where the last seal says. Catches what the chain alone cannot: events
 * cut off the end, events appended with a correctly computed hash, and edits followed by re-chaining.
 */
final class SealCheck {

    private SealCheck() {
    }

    /** The first disagreement between {@code hashes} (of events 1, 2, …) and the seals, or null. */
    static JournalProblem firstProblem(SealFile.Contents seals, List<String> hashes) {
        if (!seals.present()) {
            return null;
        }
        if (seals.defect() != null) {
            return new JournalProblem(Kind.SEAL_DAMAGED, 0, 0, null, seals.defect()
                    + "; nothing can tell whether the journal's end is the one that was sealed");
        }
        int count = hashes.size();
        for (JournalSeal seal : seals.seals()) {
            if (seal.events() > count) {
                return endsBefore(seal, count);
            }
            if (seal.events() > 0 && !hashes.get((int) seal.events() - 1).equals(seal.head())) {
                return new JournalProblem(Kind.DISAGREES_WITH_SEAL, (int) seal.events(), seal.events(), null,
                        "event " + seal.events() + " is not the one seal " + seal.number() + " recorded (its hash differs):"
                                + " the journal was rewritten after it was sealed, its events edited and the chain recomputed");
            }
        }
        JournalSeal last = seals.last();
        if (count > last.events()) {
            long first = last.events() + 1;
            String which = count == first ? "event " + first + " comes" : "events " + first + " to " + count + " come";
            return new JournalProblem(Kind.AFTER_SEAL, (int) first, first, null, which + " after the last seal (seal "
                    + last.number() + ", at event " + last.events() + ") and no seal covers "
                    + (count == first ? "it" : "them") + ": added to the closed journal without WarRoom sealing "
                    + (count == first ? "it" : "them") + " (forged, or WarRoom stopped between an event and its seal)");
        }
        return null;
    }

    private static JournalProblem endsBefore(JournalSeal seal, int count) {
        long first = count + 1;
        String removed = seal.events() == first ? "event " + first + " was removed" : "events " + first + " to " + seal.events()
                + " were removed";
        return new JournalProblem(Kind.ENDS_BEFORE_SEAL, count, first, null, "the journal ends at event " + count
                + ", but seal " + seal.number() + " recorded " + seal.events() + " events: " + removed + " from its end");
    }
}
