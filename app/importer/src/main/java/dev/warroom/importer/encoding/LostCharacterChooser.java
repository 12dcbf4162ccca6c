package dev.warroom.importer.encoding;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the character of each damaged sequence, in document order, by the evidence in {@link CandidateEvidence};
 * records which choices tied. Linear in the document: each damaged sequence looks at two neighbours either side.
 */
final class LostCharacterChooser {

    /** How many characters either side ICU's segmentation sees around a candidate. */
    private static final int WINDOW = 2;
    private static final int VARIATION_SELECTOR_16 = 0xFE0F;

    private final CharacterFrequency frequency;
    private final DictionaryWords dictionary = new DictionaryWords();
    private final DictionaryCosts costs = new DictionaryCosts();
    /** The same damaged sequence between the same neighbours ranks the same way: long documents repeat themselves. */
    private final Map<String, List<CandidateEvidence>> rankedInContext = new HashMap<>();
    private static final int CONTEXT_CACHE_LIMIT = 100_000;

    LostCharacterChooser(CharacterFrequency frequency) {
        this.frequency = frequency;
    }

    /**
     * A damaged sequence's character as chosen.
     *
     * @param ranked the candidates, best first
     * @param tied how many of the first candidates share the best evidence (1 when the choice is clear)
     */
    record Choice(DamagedSequence sequence, List<CandidateEvidence> ranked, int tied) {

        int chosen() {
            return ranked.get(0).codePoint();
        }

        boolean uncertain() {
            return tied > 1;
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
     * Writes each chosen character into the reassembly's code points and says how each choice went. Two rounds: the
     * second counts, as part of the document, the characters the first chose on the document's own evidence (a word or
     * a neighbour pair), and chooses the rest again with them.
     */
    List<Choice> choose(Reassembly reassembly) {
        int[] text = reassembly.codePoints();
        int length = reassembly.length();
        List<DamagedSequence> damaged = reassembly.damaged();
        List<Choice> first = chooseAll(damaged, text, length, new DocumentNgrams(text, length));
        for (Choice choice : first) {
            if (!choice.byDocumentEvidence()) {
                text[choice.sequence().position()] = Reassembly.UNDECIDED;
            }
        }
        DocumentNgrams withFirstChoices = new DocumentNgrams(text, length);
        List<Choice> choices = new ArrayList<>(first.size());
        for (Choice choice : first) {
            choices.add(choice.byDocumentEvidence() ? choice : choose(choice.sequence(), damaged, text, length, withFirstChoices));
        }
        return choices;
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

    private List<Choice> chooseAll(List<DamagedSequence> damaged, int[] text, int length, DocumentNgrams ngrams) {
        List<Choice> choices = new ArrayList<>(damaged.size());
        for (DamagedSequence sequence : damaged) {
            choices.add(choose(sequence, damaged, text, length, ngrams));
        }
        return choices;
    }

    private Choice choose(DamagedSequence sequence, List<DamagedSequence> damaged, int[] text, int length, DocumentNgrams ngrams) {
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
        Choice choice = new Choice(sequence, List.copyOf(ranked), tied);
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
