package dev.warroom.importer.encoding;

import com.ibm.icu.util.BytesTrie;
import com.ibm.icu.util.CharsTrie;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.util.Arrays;

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
        walker.reset();
        for (int i = from; i < limit && i - from < costs.length; i++) {
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
