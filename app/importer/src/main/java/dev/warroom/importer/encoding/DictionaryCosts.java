package dev.warroom.importer.encoding;

import com.ibm.icu.util.BytesTrie;
import com.ibm.icu.util.CharsTrie;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What ICU's Chinese/Japanese dictionary (cjdict, shipped in icu4j, the one its word segmentation uses) charges for a
 * word: each entry has a cost, lower for more common words, one-character words included. A word it does not hold
 * costs {@link #UNKNOWN_CHARACTER} per character, as in ICU's own CJK segmentation.
 */
final class DictionaryCosts {

    static final int UNKNOWN_CHARACTER = 255;
    static final int NOT_A_WORD = -1;
    private static final String DICTIONARY = "/com/ibm/icu/impl/data/icudata/brkitr/cjdict.dict";
    private static final CharSequence TRIE = load();

    /** Reused for every walk: one decoding uses one instance, on one thread. */
    private final CharsTrie walker = new CharsTrie(TRIE, 0);
    /** Per first character (at most every code point a document holds): the walk's dear first step, done once. */
    private final Map<Integer, FirstStep> firstSteps = new HashMap<>();

    int wordCost(String word) {
        CharsTrie trie = new CharsTrie(TRIE, 0);
        BytesTrie.Result result = BytesTrie.Result.NO_MATCH;
        for (int i = 0; i < word.length(); i++) {
            result = trie.next(word.charAt(i));
            if (!result.matches()) {
                return UNKNOWN_CHARACTER * word.length();
            }
        }
        return result.hasValue() ? trie.getValue() : UNKNOWN_CHARACTER * word.length();
    }

    /**
     * What the dictionary charges for each word that starts at {@code codePoints[from]} and ends before {@code limit}:
     * {@code costs[n - 1]} for the word of n characters, {@link #NOT_A_WORD} where there is none (no charge for unknown
     * characters here: the caller decides). Walks the trie once; stops at the first prefix no word has.
     */
    void wordsFrom(int[] codePoints, int from, int limit, int[] costs) {
        Arrays.fill(costs, NOT_A_WORD);
        if (from >= limit || codePoints[from] < 0) {
            return;
        }
        FirstStep first = firstSteps.computeIfAbsent(codePoints[from], this::firstStep);
        costs[0] = first.cost();
        if (first.state() == null) {
            return;
        }
        walker.resetToState(first.state());
        for (int i = from + 1; i < limit && i - from < costs.length; i++) {
            int codePoint = codePoints[i];
            if (codePoint < 0) {
                return;
            }
            BytesTrie.Result result = walker.nextForCodePoint(codePoint);
            if (result.hasValue()) {
                costs[i - from] = walker.getValue();
            }
            if (!result.hasNext()) {
                return;
            }
        }
    }

    /**
     * The trie after a word's first character, its cost as a one-character word ({@link #NOT_A_WORD} if none), and no
     * state when no longer word starts with it. The root has thousands of branches: stepping from it is the dear part.
     */
    private record FirstStep(CharsTrie.State state, int cost) {
    }

    private FirstStep firstStep(int codePoint) {
        walker.reset();
        BytesTrie.Result result = walker.firstForCodePoint(codePoint);
        int cost = result.hasValue() ? walker.getValue() : NOT_A_WORD;
        if (!result.hasNext()) {
            return new FirstStep(null, cost);
        }
        CharsTrie.State state = new CharsTrie.State();
        walker.saveState(state);
        return new FirstStep(state, cost);
    }

    /** The file's trie: after ICU's data header, eight 32-bit indexes (trie start and end), then UTF-16 units. */
    private static CharSequence load() {
        try (InputStream in = DictionaryCosts.class.getResourceAsStream(DICTIONARY)) {
            if (in == null) {
                throw new IllegalStateException("ICU's CJK dictionary is missing from icu4j: " + DICTIONARY);
            }
            ByteBuffer data = ByteBuffer.wrap(in.readAllBytes());
            int headerSize = data.getShort(0) & 0xFFFF;
            int trieStart = data.getInt(headerSize);
            int trieEnd = data.getInt(headerSize + 4);
            data.position(headerSize + trieStart).limit(headerSize + trieEnd);
            CharBuffer units = data.slice().asCharBuffer();
            char[] copy = new char[units.remaining()];
            units.get(copy);
            return CharBuffer.wrap(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
