package dev.warroom.importer.encoding;

import com.ibm.icu.util.BytesTrie;
import com.ibm.icu.util.CharsTrie;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;

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
     * What the dictionary charges for the word made of {@code codePoints[from, to)}, or {@link #NOT_A_WORD} when it
     * holds no such word (no charge for unknown characters here: the caller decides).
     */
    int entryCost(int[] codePoints, int from, int to) {
        CharsTrie trie = new CharsTrie(TRIE, 0);
        BytesTrie.Result result = BytesTrie.Result.NO_MATCH;
        for (int i = from; i < to; i++) {
            int codePoint = codePoints[i];
            if (codePoint < 0) {
                return NOT_A_WORD;
            }
            result = trie.nextForCodePoint(codePoint);
            if (!result.matches()) {
                return NOT_A_WORD;
            }
        }
        return result.hasValue() ? trie.getValue() : NOT_A_WORD;
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
