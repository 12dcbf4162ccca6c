package dev.warroom.importer.encoding;

import com.ibm.icu.lang.UScript;
import java.util.Arrays;

/**
 * What a run of Han text costs with its damaged characters filled in: the cheapest segmentation of the whole run into
 * ICU's CJK dictionary words (each word at the dictionary's cost, a character it does not hold at ICU's 255), plus, for
 * each filled-in character, a prior from the character frequency tables. Lower is likelier.
 *
 * <p>The dictionary's costs are on a log scale: over the 5,936 characters both it and the frequency tables rank (rank
 * 5,000 or better), a one-character word costs about 10 more per factor e of rarity in the tables (least squares). The
 * prior uses that scale, so the two kinds of evidence are in the same units.
 */
final class RunCost {

    /** Dictionary cost per natural-log unit of character rarity, fitted from cjdict's one-character words. */
    static final double COST_PER_NAT = 10.0;
    /** Weight of the frequency tables against the dictionary; below one, the prior is a tie-breaker, not a second model. */
    static final double PRIOR_WEIGHT = 0.5;
    /**
     * A damaged character is listed when another value of it is within this cost of the cheapest decoding: a factor of
     * 3 in likelihood (COST_PER_NAT × ln 3), the frequency factor below which the tables were never trusted to decide.
     */
    static final double LIST_MARGIN = COST_PER_NAT * Math.log(3);
    /** The rank given to a character neither frequency table lists: just past the longer table (Big5's, 5,376). */
    private static final int UNRANKED_AS = 6_000;
    /** Longest dictionary word tried, in characters. */
    private static final int LONGEST_WORD = 6;

    private final DictionaryCosts dictionary;
    private final CharacterFrequency frequency;

    RunCost(DictionaryCosts dictionary, CharacterFrequency frequency) {
        this.dictionary = dictionary;
        this.frequency = frequency;
    }

    static boolean isHan(int codePoint) {
        return codePoint >= 0 && UScript.getScript(codePoint) == UScript.HAN;
    }

    /** A decoding of the run with nothing filled in yet: its cheapest segmentation up to the first damaged character. */
    Partial start(int[] run, int firstDamaged) {
        double[] best = new double[run.length + 1];
        Arrays.fill(best, Double.MAX_VALUE);
        best[0] = 0;
        Partial partial = new Partial(run.clone(), best, 0, 0);
        partial.segmentUpTo(firstDamaged);
        return partial;
    }

    double prior(int codePoint) {
        int rank = frequency.rank(codePoint);
        return PRIOR_WEIGHT * COST_PER_NAT * Math.log(1.0 + Math.min(rank, UNRANKED_AS));
    }

    /** A decoding filled in up to some damaged character, segmented up to the next one. */
    final class Partial {
        private final int[] run;
        /** best[j]: the cheapest segmentation of run[0, j). */
        private final double[] best;
        private int segmented;
        private double prior;

        private Partial(int[] run, double[] best, int segmented, double prior) {
            this.run = run;
            this.best = best;
            this.segmented = segmented;
            this.prior = prior;
        }

        /** This decoding with {@code candidate} at {@code position}, segmented up to {@code until}. */
        Partial with(int position, int candidate, int until) {
            Partial next = new Partial(run.clone(), best.clone(), segmented, prior + prior(candidate));
            next.run[position] = candidate;
            next.segmentUpTo(until);
            return next;
        }

        int at(int position) {
            return run[position];
        }

        double cost() {
            return best[segmented] + prior;
        }

        private void segmentUpTo(int until) {
            for (int end = segmented + 1; end <= until; end++) {
                double cheapest = Double.MAX_VALUE;
                for (int startOfWord = Math.max(0, end - LONGEST_WORD); startOfWord < end; startOfWord++) {
                    int word = dictionary.entryCost(run, startOfWord, end);
                    if (word == DictionaryCosts.NOT_A_WORD) {
                        if (startOfWord != end - 1) {
                            continue;
                        }
                        word = DictionaryCosts.UNKNOWN_CHARACTER;
                    }
                    cheapest = Math.min(cheapest, best[startOfWord] + word);
                }
                best[end] = cheapest;
            }
            segmented = until;
        }
    }
}
