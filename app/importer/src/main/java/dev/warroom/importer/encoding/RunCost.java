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
        double[] best = new double[firstDamaged + 1];
        Arrays.fill(best, Double.MAX_VALUE);
        best[0] = 0;
        relax(run, best, 0, 0, firstDamaged, 0);
        return new Partial(run, null, -1, 0, firstDamaged, window(run, 0, firstDamaged), window(best, 0, firstDamaged), 0);
    }

    double prior(int codePoint) {
        int rank = frequency.rank(codePoint);
        return PRIOR_WEIGHT * COST_PER_NAT * Math.log(1.0 + Math.min(rank, UNRANKED_AS));
    }

    /**
     * Cheapest segmentations: {@code best[i - base]} for positions i up to {@code until}, from {@code chars[i - base]};
     * those up to {@code settled} are already final, the others are found by walking the dictionary from each start.
     */
    private void relax(int[] chars, double[] best, int base, int from, int until, int settled) {
        int[] words = new int[LONGEST_WORD];
        for (int start = Math.max(from, base); start < until; start++) {
            double before = best[start - base];
            if (before == Double.MAX_VALUE) {
                continue;
            }
            dictionary.wordsFrom(chars, start - base, until - base, words);
            for (int length = 1; length <= LONGEST_WORD && start + length <= until; length++) {
                int end = start + length;
                int word = words[length - 1];
                if (word == DictionaryCosts.NOT_A_WORD) {
                    if (length > 1) {
                        continue;
                    }
                    word = DictionaryCosts.UNKNOWN_CHARACTER;
                }
                if (end > settled) {
                    best[end - base] = Math.min(best[end - base], before + word);
                }
            }
        }
    }

    /** The last {@code LONGEST_WORD} values before {@code end} (and the one at it, for best), counted from base. */
    private static int[] window(int[] values, int base, int end) {
        int[] window = new int[LONGEST_WORD];
        for (int i = 0; i < LONGEST_WORD; i++) {
            int at = end - LONGEST_WORD + i;
            window[i] = at >= base ? values[at - base] : Reassembly.UNDECIDED;
        }
        return window;
    }

    private static double[] window(double[] best, int base, int end) {
        double[] window = new double[LONGEST_WORD + 1];
        for (int i = 0; i <= LONGEST_WORD; i++) {
            int at = end - LONGEST_WORD + i;
            window[i] = at >= base ? best[at - base] : Double.MAX_VALUE;
        }
        return window;
    }

    /**
     * A decoding filled in up to some damaged character and segmented up to the next one. It keeps only what the rest
     * of the run needs (the last few characters and their cheapest segmentations) and a link to the decoding it extends.
     */
    final class Partial {
        private final int[] run;
        private final Partial previous;
        private final int position;
        private final int value;
        private final int frontier;
        /** Characters of run positions [frontier - LONGEST_WORD, frontier). */
        private final int[] recentCharacters;
        /** Cheapest segmentations of run[0, i) for i in [frontier - LONGEST_WORD, frontier]. */
        private final double[] recentBest;
        private final double prior;

        private Partial(int[] run, Partial previous, int position, int value, int frontier, int[] recentCharacters,
                double[] recentBest, double prior) {
            this.run = run;
            this.previous = previous;
            this.position = position;
            this.value = value;
            this.frontier = frontier;
            this.recentCharacters = recentCharacters;
            this.recentBest = recentBest;
            this.prior = prior;
        }

        /**
         * This decoding with {@code candidate} at the frontier (the next damaged character), whose {@link #prior} is
         * {@code candidatePrior}, segmented up to {@code until}.
         */
        Partial with(int candidate, double candidatePrior, int until) {
            int base = frontier - LONGEST_WORD;
            int[] chars = new int[until - base];
            double[] best = new double[until - base + 1];
            Arrays.fill(best, Double.MAX_VALUE);
            System.arraycopy(recentCharacters, 0, chars, 0, LONGEST_WORD);
            System.arraycopy(recentBest, 0, best, 0, LONGEST_WORD + 1);
            chars[frontier - base] = candidate;
            for (int i = frontier + 1; i < until; i++) {
                chars[i - base] = run[i];
            }
            relax(chars, best, base, base, until, frontier);
            return new Partial(run, this, frontier, candidate, until, window(chars, base, until), window(best, base, until),
                    prior + candidatePrior);
        }

        /** The characters this decoding filled in, in run order (as many as it filled in). */
        int[] filledIn() {
            int count = 0;
            for (Partial partial = this; partial.previous != null; partial = partial.previous) {
                count++;
            }
            int[] values = new int[count];
            for (Partial partial = this; partial.previous != null; partial = partial.previous) {
                values[--count] = partial.value;
            }
            return values;
        }

        double cost() {
            return recentBest[LONGEST_WORD] + prior;
        }
    }
}
