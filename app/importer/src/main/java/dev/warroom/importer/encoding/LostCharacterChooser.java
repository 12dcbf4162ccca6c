package dev.warroom.importer.encoding;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the character of each damaged sequence: first one at a time, in document order, by the evidence in
 * {@link CandidateEvidence} (each looks at two neighbours either side); then, for those standing in a run of Han text,
 * together with the run's other damaged characters by {@link HanRunDecoder}. Records which choices are close calls.
 */
final class LostCharacterChooser {

    /** How many characters either side ICU's segmentation sees around a candidate. */
    private static final int WINDOW = 2;
    private static final int VARIATION_SELECTOR_16 = 0xFE0F;

    private final CharacterFrequency frequency;
    private final HanRunDecoder runs;
    private final DictionaryWords dictionary = new DictionaryWords();
    private final DictionaryCosts costs = new DictionaryCosts();
    /** The same damaged sequence between the same neighbours ranks the same way: long documents repeat themselves. */
    private final Map<String, List<CandidateEvidence>> rankedInContext = new HashMap<>();
    private static final int CONTEXT_CACHE_LIMIT = 100_000;

    LostCharacterChooser(CharacterFrequency frequency) {
        this.frequency = frequency;
        this.runs = new HanRunDecoder(new RunCost(costs, frequency));
    }

    /**
     * A damaged sequence's character as chosen.
     *
     * @param close the chosen character first, then those that are as likely (only the chosen one when it is clear)
     */
    record Choice(DamagedSequence sequence, List<Integer> close) {

        int chosen() {
            return close.get(0);
        }

        boolean uncertain() {
            return close.size() > 1;
        }
    }

    /**
     * A damaged sequence's character as ranked on its own evidence.
     *
     * @param ranked the candidates, best first
     * @param tied how many of the first candidates share the best evidence (1 when the choice is clear)
     */
    private record Ranked(DamagedSequence sequence, List<CandidateEvidence> ranked, int tied) {

        int chosen() {
            return ranked.get(0).codePoint();
        }

        boolean uncertain() {
            return tied > 1;
        }

        Choice asChoice() {
            List<Integer> close = new ArrayList<>(tied);
            for (int i = 0; i < tied; i++) {
                close.add(ranked.get(i).codePoint());
            }
            return new Choice(sequence, close);
        }

        /** Chosen, without a tie, because the candidate forms a word or a known pair with its neighbours. */
        boolean byDocumentEvidence() {
            if (uncertain()) {
                return false;
            }
            CandidateEvidence best = ranked.get(0);
            CandidateEvidence next = ranked.size() > 1 ? ranked.get(1) : null;
            return next == null
                    || best.dictionaryWord() > next.dictionaryWord()
                    || best.dictionaryWord() == next.dictionaryWord() && best.neighbourPairs() > next.neighbourPairs();
        }
    }

    /**
     * Writes each chosen character into the reassembly's code points and says how each choice went. Each damaged
     * character is first ranked on its own evidence, in two rounds (the second counts, as part of the document, the
     * characters the first chose on the document's own evidence). Then the damaged characters that stand in a run of
     * Han text and whose most plausible candidates are all Han are chosen again, run by run, by {@link HanRunDecoder}.
     */
    List<Choice> choose(Reassembly reassembly) {
        int[] text = reassembly.codePoints();
        int length = reassembly.length();
        List<DamagedSequence> damaged = reassembly.damaged();
        List<Ranked> first = chooseAll(damaged, text, length, new DocumentNgrams(text, length));
        for (Ranked choice : first) {
            if (!choice.byDocumentEvidence()) {
                text[choice.sequence().position()] = Reassembly.UNDECIDED;
            }
        }
        DocumentNgrams withFirstChoices = new DocumentNgrams(text, length);
        List<Ranked> ranked = new ArrayList<>(first.size());
        for (Ranked choice : first) {
            ranked.add(choice.byDocumentEvidence() ? choice : choose(choice.sequence(), damaged, text, length, withFirstChoices));
        }
        return chooseRunsTogether(ranked, text, length);
    }

    /** Chooses again, run by run, the damaged characters that stand in Han text; the others keep their ranking. */
    private List<Choice> chooseRunsTogether(List<Ranked> ranked, int[] text, int length) {
        Map<Integer, List<Integer>> inHanRuns = new HashMap<>();
        for (Ranked choice : ranked) {
            int position = choice.sequence().position();
            List<Integer> han = mostPlausibleIfAllHan(choice.ranked());
            if (!han.isEmpty() && hasHanNeighbour(text, length, position)) {
                inHanRuns.put(position, han);
            }
        }
        for (int position : inHanRuns.keySet()) {
            text[position] = Reassembly.UNDECIDED;
        }
        Map<Integer, HanRunDecoder.Decision> decided = new HashMap<>();
        for (HanRunDecoder.Decision decision : runs.decide(text, length, inHanRuns)) {
            decided.put(decision.position(), decision);
        }
        List<Choice> choices = new ArrayList<>(ranked.size());
        for (Ranked choice : ranked) {
            HanRunDecoder.Decision decision = decided.get(choice.sequence().position());
            if (decision == null) {
                text[choice.sequence().position()] = choice.asChoice().chosen();
            }
            choices.add(decision == null ? choice.asChoice()
                    : choice.byDocumentEvidence() ? bothReadings(decision, choice.asChoice())
                    : new Choice(choice.sequence(), decision.close()));
        }
        return choices;
    }

    /**
     * The run's decoding, with the character chosen on the document's own evidence (a longer ICU word or more pairs
     * than its runner-up) added as an uncertain alternative when it differs: two readings that disagree, each sure of
     * itself, are not a clear choice.
     */
    private static Choice bothReadings(HanRunDecoder.Decision decision, Choice alone) {
        List<Integer> close = new ArrayList<>(decision.close());
        for (int candidate : alone.close()) {
            if (!close.contains(candidate)) {
                close.add(candidate);
            }
        }
        return new Choice(alone.sequence(), close);
    }

    /** Runs of Han text whose damaged characters kept the character-by-character choice (past the work budget). */
    int runsLeftAlone() {
        return runs.runsLeftAlone();
    }

    /** The candidates of the best plausibility, when they are all Han characters (none when one is not). */
    private static List<Integer> mostPlausibleIfAllHan(List<CandidateEvidence> ranked) {
        int plausibility = ranked.get(0).plausibility();
        List<Integer> han = new ArrayList<>();
        for (CandidateEvidence candidate : ranked) {
            if (candidate.plausibility() != plausibility) {
                continue;
            }
            if (!isHan(candidate.codePoint())) {
                return List.of();
            }
            han.add(candidate.codePoint());
        }
        return han;
    }

    private static boolean hasHanNeighbour(int[] text, int length, int position) {
        return position > 0 && isHan(text[position - 1]) || position + 1 < length && isHan(text[position + 1]);
    }

    /** Everything the evidence depends on: the sequence, its window, the next damaged one, and the counts' round. */
    private static String contextKey(DamagedSequence sequence, List<DamagedSequence> damaged, int[] text, int length, DocumentNgrams ngrams) {
        StringBuilder key = new StringBuilder(sequence.garbled()).append('\u0000').append(System.identityHashCode(ngrams));
        for (int i = Math.max(0, sequence.position() - WINDOW); i <= Math.min(length - 1, sequence.position() + WINDOW); i++) {
            key.append('\u0000').append(text[i]);
        }
        int next = sequence.index() + 1;
        if (next < damaged.size() && damaged.get(next).position() == sequence.position() + 1) {
            key.append('\u0000').append(damaged.get(next).garbled());
        }
        return key.toString();
    }

    private List<Ranked> chooseAll(List<DamagedSequence> damaged, int[] text, int length, DocumentNgrams ngrams) {
        List<Ranked> choices = new ArrayList<>(damaged.size());
        for (DamagedSequence sequence : damaged) {
            choices.add(choose(sequence, damaged, text, length, ngrams));
        }
        return choices;
    }

    private Ranked choose(DamagedSequence sequence, List<DamagedSequence> damaged, int[] text, int length, DocumentNgrams ngrams) {
        String context = contextKey(sequence, damaged, text, length, ngrams);
        List<CandidateEvidence> ranked = rankedInContext.get(context);
        if (ranked == null) {
            ranked = new ArrayList<>();
            for (int candidate : sequence.candidates()) {
                ranked.add(evidence(candidate, sequence, damaged, text, length, ngrams));
            }
            ranked.sort(CandidateEvidence.BY_FREQUENCY);
            if (rankedInContext.size() >= CONTEXT_CACHE_LIMIT) {
                rankedInContext.clear();
            }
            rankedInContext.put(context, ranked);
        }
        int tied = 1;
        while (tied < ranked.size() && tiesWithTheBest(ranked, tied)) {
            tied++;
        }
        Ranked choice = new Ranked(sequence, List.copyOf(ranked), tied);
        text[sequence.position()] = choice.chosen();
        return choice;
    }

    /** Whether the candidate at {@code index} is as good as the first: same context, and the frequency tables do not decide. */
    private static boolean tiesWithTheBest(List<CandidateEvidence> ranked, int index) {
        CandidateEvidence best = ranked.get(0);
        CandidateEvidence other = ranked.get(index);
        return best.sameContext(other) && !best.decisivelyMoreCommonThan(other);
    }

    private CandidateEvidence evidence(
            int candidate, DamagedSequence sequence, List<DamagedSequence> damaged, int[] text, int length, DocumentNgrams ngrams) {
        int position = sequence.position();
        int before = position > 0 ? text[position - 1] : Reassembly.UNDECIDED;
        int after = position + 1 < length ? text[position + 1] : Reassembly.UNDECIDED;
        int neighbourPairs = (isHan(before) ? ngrams.pairs(before, candidate) : 0)
                + (isHan(after) ? ngrams.pairs(candidate, after) : 0);
        return new CandidateEvidence(
                candidate,
                plausibility(candidate, before, ngrams),
                dictionaryWord(candidate, position, text, length, nextDamaged(sequence, damaged)),
                standsAlone(candidate, before, after),
                neighbourPairs,
                ngrams.occurrences(candidate),
                frequency.rank(candidate),
                wordCost(candidate, position, text, length));
    }

    private static int plausibility(int candidate, int before, DocumentNgrams ngrams) {
        boolean chinese = isHan(candidate) || UCharacter.UnicodeBlock.of(candidate) == UCharacter.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION;
        if (chinese) {
            return ngrams.inRepertoire(candidate) ? 4 : 3;
        }
        if (UCharacter.hasBinaryProperty(candidate, UProperty.EMOJI_PRESENTATION)
                || candidate == VARIATION_SELECTOR_16 && before != Reassembly.UNDECIDED
                        && UCharacter.hasBinaryProperty(before, UProperty.EMOJI)) {
            return 4;
        }
        boolean ordinary = Character.isLetterOrDigit(candidate) || isPunctuation(candidate);
        if (ordinary && (ngrams.usesScriptOf(candidate) || UScript.getScript(candidate) == UScript.COMMON)) {
            return 2;
        }
        return 1;
    }

    /** 1 when the candidate has no Han neighbour (nor a damaged one) and commonly stands alone as a value. */
    private static int standsAlone(int candidate, int before, int after) {
        boolean lone = !isHan(before) && before != Reassembly.UNDECIDED && !isHan(after) && after != Reassembly.UNDECIDED;
        return lone && StandaloneWords.standsAlone(candidate) ? 1 : 0;
    }

    private static boolean isPunctuation(int codePoint) {
        int type = Character.getType(codePoint);
        return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    private static boolean isHan(int codePoint) {
        return codePoint != Reassembly.UNDECIDED && UScript.getScript(codePoint) == UScript.HAN;
    }

    /** The damaged sequence right after this one, when the two are neighbours. */
    private static List<Integer> nextDamaged(DamagedSequence sequence, List<DamagedSequence> damaged) {
        int index = sequence.index() + 1;
        if (index < damaged.size() && damaged.get(index).position() == sequence.position() + 1) {
            return damaged.get(index).candidates();
        }
        return List.of();
    }

    /**
     * The longest dictionary word the candidate forms in its window; when the next character is damaged and not yet
     * chosen, with whichever of its candidates makes the longest word (so that two damaged neighbours can form one).
     */
    private int dictionaryWord(int candidate, int position, int[] text, int length, List<Integer> nextCandidates) {
        if (!isHan(candidate)) {
            return 1;
        }
        int from = position;
        while (from > 0 && position - from < WINDOW && isHan(text[from - 1])) {
            from--;
        }
        if (position + 1 < length && text[position + 1] == Reassembly.UNDECIDED) {
            int longest = 1;
            for (int next : nextCandidates) {
                if (isHan(next)) {
                    longest = Math.max(longest, wordIn(text, from, position + 2, position, candidate, next));
                }
            }
            return Math.max(longest, wordIn(text, from, position + 1, position, candidate, candidate));
        }
        int to = position + 1;
        while (to < length && to - position - 1 < WINDOW && isHan(text[to])) {
            to++;
        }
        return wordIn(text, from, to, position, candidate, candidate);
    }

    /**
     * What ICU's dictionary charges for the word the candidate forms in its window (its own cost as a one-character
     * word when it forms none); a damaged neighbour not yet chosen ends the window.
     */
    private int wordCost(int candidate, int position, int[] text, int length) {
        if (!isHan(candidate)) {
            return DictionaryCosts.UNKNOWN_CHARACTER;
        }
        int from = position;
        while (from > 0 && position - from < WINDOW && isHan(text[from - 1])) {
            from--;
        }
        int to = position + 1;
        while (to < length && to - position - 1 < WINDOW && isHan(text[to])) {
            to++;
        }
        StringBuilder window = new StringBuilder();
        for (int i = from; i < to; i++) {
            window.appendCodePoint(i == position ? candidate : text[i]);
        }
        return costs.wordCost(dictionary.word(window.toString(), position - from));
    }

    /** The dictionary word around {@code position} in text[from, to), the candidate put at position (next after it). */
    private int wordIn(int[] text, int from, int to, int position, int candidate, int next) {
        if (to - from == 1) {
            return 1;
        }
        StringBuilder window = new StringBuilder();
        for (int i = from; i < to; i++) {
            window.appendCodePoint(i == position ? candidate : i == position + 1 && text[i] == Reassembly.UNDECIDED ? next : text[i]);
        }
        return dictionary.wordLength(window.toString(), position - from);
    }
}
