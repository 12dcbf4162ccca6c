package dev.warroom.importer.encoding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the damaged characters of a run of Han text together: every combination of their candidates (a beam of the
 * cheapest, in practice all of them) is scored as a whole run by {@link RunCost}, and the cheapest wins. A damaged
 * character is uncertain when a decoding that gives it another value costs within {@link RunCost#LIST_MARGIN} of the
 * cheapest.
 */
final class HanRunDecoder {

    /** Partial decodings kept per damaged character, cheapest first (bounded work per run; 256 chose the same on seed 001). */
    static final int BEAM_WIDTH = 32;
    /** A longer run of Han text is decoded in pieces of this many characters (bounded work and memory per run). */
    static final int LONGEST_RUN = 200;
    private static final int CACHE_LIMIT = 20_000;
    /**
     * Candidate extensions of partial decodings one document may spend (about two seconds of CPU time); the runs after
     * that keep the character-by-character choice, so that a huge garbled document still imports in seconds.
     */
    static final long EXTENSION_BUDGET = 3_000_000;

    /**
     * The decision for one damaged character.
     *
     * @param close the chosen character first, then those a decoding within the margin gives it, cheapest first
     */
    record Decision(int position, List<Integer> close) {

        int chosen() {
            return close.get(0);
        }
    }

    private final RunCost cost;
    /** Long documents repeat their runs; a run with the same characters and candidates decodes the same way. */
    private final Map<String, List<List<Integer>>> decodedRuns = new HashMap<>();
    private long extensionsLeft;
    private int runsLeftAlone;

    HanRunDecoder(RunCost cost) {
        this(cost, EXTENSION_BUDGET);
    }

    HanRunDecoder(RunCost cost, long extensionBudget) {
        this.cost = cost;
        this.extensionsLeft = extensionBudget;
    }

    /**
     * Decides every damaged character that has candidates here and stands in a run of Han text (but for runs past the
     * document's budget, see {@link #runsLeftAlone()}); writes each choice into {@code text}.
     *
     * @param text the document's code points, {@link Reassembly#UNDECIDED} where a damaged character is not yet chosen
     * @param candidates per position of a damaged character decided here, its candidates
     */
    List<Decision> decide(int[] text, int length, Map<Integer, List<Integer>> candidates) {
        List<Decision> decisions = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= length; i++) {
            boolean inRun = i < length && (candidates.containsKey(i) || RunCost.isHan(text[i]));
            if (inRun && start < 0) {
                start = i;
            }
            if (start >= 0 && (!inRun || i - start == LONGEST_RUN)) {
                decisions.addAll(decideRun(text, start, i, candidates));
                start = inRun ? i : -1;
            }
        }
        return decisions;
    }

    private List<Decision> decideRun(int[] text, int from, int to, Map<Integer, List<Integer>> candidates) {
        List<Integer> damaged = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (candidates.containsKey(i)) {
                damaged.add(i - from);
                key.append(candidates.get(i));
            } else {
                key.appendCodePoint(text[i]);
            }
        }
        if (damaged.isEmpty()) {
            return List.of();
        }
        int[] run = Arrays.copyOfRange(text, from, to);
        List<List<Integer>> close = decodedRuns.get(key.toString());
        if (close == null) {
            if (extensionsLeft <= 0) {
                runsLeftAlone++;
                return List.of();
            }
            close = decode(run, damaged, candidates, from);
            if (decodedRuns.size() >= CACHE_LIMIT) {
                decodedRuns.clear();
            }
            decodedRuns.put(key.toString(), close);
        }
        List<Decision> decisions = new ArrayList<>(damaged.size());
        for (int d = 0; d < damaged.size(); d++) {
            int position = from + damaged.get(d);
            text[position] = close.get(d).get(0);
            decisions.add(new Decision(position, close.get(d)));
        }
        return decisions;
    }

    /** Runs not decoded together because the document had spent its budget (their characters keep the earlier choice). */
    int runsLeftAlone() {
        return runsLeftAlone;
    }

    /** For each damaged character of the run, in order: the chosen one, then the others within the margin. */
    private List<List<Integer>> decode(int[] run, List<Integer> damaged, Map<Integer, List<Integer>> candidates, int from) {
        List<RunCost.Partial> beam = List.of(cost.start(run, damaged.get(0)));
        for (int d = 0; d < damaged.size(); d++) {
            int at = damaged.get(d);
            int until = d + 1 < damaged.size() ? damaged.get(d + 1) : run.length;
            List<Integer> values = candidates.get(from + at);
            double[] priors = new double[values.size()];
            for (int c = 0; c < priors.length; c++) {
                priors[c] = cost.prior(values.get(c));
            }
            List<RunCost.Partial> next = new ArrayList<>(beam.size() * values.size());
            extensionsLeft -= (long) beam.size() * values.size();
            for (RunCost.Partial partial : beam) {
                for (int c = 0; c < priors.length; c++) {
                    next.add(partial.with(values.get(c), priors[c], until));
                }
            }
            next.sort(Comparator.comparingDouble(RunCost.Partial::cost));
            beam = next.size() > BEAM_WIDTH ? next.subList(0, BEAM_WIDTH) : next;
        }
        List<int[]> decodings = new ArrayList<>();
        double cheapest = beam.get(0).cost();
        for (RunCost.Partial partial : beam) {
            if (partial.cost() - cheapest > RunCost.LIST_MARGIN) {
                break;
            }
            decodings.add(partial.filledIn());
        }
        List<List<Integer>> close = new ArrayList<>(damaged.size());
        for (int d = 0; d < damaged.size(); d++) {
            Set<Integer> values = new LinkedHashSet<>();
            for (int[] decoding : decodings) {
                values.add(decoding[d]);
            }
            close.add(List.copyOf(values));
        }
        return close;
    }
}
