package dev.warroom.importer.encoding;

import java.util.Comparator;

/**
 * What speaks for one candidate of a damaged sequence, strongest first; candidates are compared field by field.
 *
 * @param plausibility 4 for a Han character or CJK punctuation in the repertoire the document is written with
 *     ({@link ChineseRepertoire}: Big5 for Traditional, GB2312 for Simplified) or an emoji (with its variation selector),
 *     3 for another Han character or CJK punctuation, 2 for a letter, digit or punctuation of a script the document
 *     uses elsewhere, 1 for anything else
 * @param dictionaryWord length of the ICU dictionary word the candidate forms with its neighbours (1 alone)
 * @param standalone 1 when the candidate has no Han neighbour and is a character that commonly stands alone as a
 *     value ({@link StandaloneWords}), else 0
 * @param neighbourPairs how often the document, where it is intact, has the candidate next to the same neighbours
 * @param occurrences how often the candidate appears intact elsewhere in the document
 * @param frequencyRank the candidate's rank in the Big5/GB2312 frequency tables (lower is more common)
 * @param wordCost what ICU's dictionary charges for the word the candidate forms (its one-character cost when it forms
 *     none; lower is more common), which can veto the frequency tables
 */
record CandidateEvidence(
        int codePoint,
        int plausibility,
        int dictionaryWord,
        int standalone,
        int neighbourPairs,
        int occurrences,
        int frequencyRank,
        int wordCost) {

    /** The document's words and neighbours, strongest first: what must be equal before anything else is weighed. */
    static final Comparator<CandidateEvidence> BY_CONTEXT = Comparator
            .comparingInt(CandidateEvidence::plausibility)
            .thenComparingInt(CandidateEvidence::dictionaryWord)
            .thenComparingInt(CandidateEvidence::standalone)
            .thenComparingInt(CandidateEvidence::neighbourPairs)
            .reversed();

    /** Then the frequency tables, more common first, and the document's own count. */
    static final Comparator<CandidateEvidence> BY_FREQUENCY = BY_CONTEXT
            .thenComparingInt(CandidateEvidence::frequencyRank)
            .thenComparing(Comparator.comparingInt(CandidateEvidence::occurrences).reversed());

    /**
     * How many times rarer a character must be before the frequency tables alone decide against it: the tables rank
     * characters over general text, and within this factor a document's subject easily reverses their order.
     */
    static final int DECISIVE_FREQUENCY_RATIO = 3;

    boolean sameContext(CandidateEvidence other) {
        return BY_CONTEXT.compare(this, other) == 0;
    }

    /**
     * Whether the frequency tables rank this candidate decisively above the other, and ICU's dictionary does not
     * disagree (it charges this candidate's word no more than the other's: 同業 is dearer than 同步 there).
     */
    boolean decisivelyMoreCommonThan(CandidateEvidence other) {
        if (frequencyRank == CharacterFrequency.UNRANKED || wordCost > other.wordCost) {
            return false;
        }
        return other.frequencyRank == CharacterFrequency.UNRANKED
                || (long) other.frequencyRank >= ((long) frequencyRank + 1) * DECISIVE_FREQUENCY_RATIO;
    }
}
