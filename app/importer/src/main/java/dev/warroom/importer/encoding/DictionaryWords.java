package dev.warroom.importer.encoding;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether a character forms a word with its neighbours, by ICU's dictionary-based word segmentation of Chinese (its
 * CJK dictionary): the length of the word ICU cuts around the character, 1 when it stands alone.
 */
final class DictionaryWords {

    /** Windows of the same text repeat in a long document; beyond this many the cache starts over (bounded memory). */
    private static final int CACHE_LIMIT = 50_000;

    private final BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
    private final Map<String, Integer> cache = new HashMap<>();

    /** The length, in characters, of the word containing {@code window}'s character at {@code index}. */
    int wordLength(String window, int index) {
        String key = index + ":" + window;
        Integer known = cache.get(key);
        if (known != null) {
            return known;
        }
        int length = segment(window, index);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, length);
        return length;
    }

    /** The word containing {@code window}'s character at {@code index}, as ICU cuts it. */
    String word(String window, int index) {
        words.setText(window);
        int charIndex = window.offsetByCodePoints(0, index);
        int end = words.following(charIndex);
        int start = words.previous();
        if (end == BreakIterator.DONE || start == BreakIterator.DONE) {
            return window.substring(charIndex, window.offsetByCodePoints(charIndex, 1));
        }
        return window.substring(start, end);
    }

    private int segment(String window, int index) {
        words.setText(window);
        int charIndex = window.offsetByCodePoints(0, index);
        int end = words.following(charIndex);
        int start = words.previous();
        if (end == BreakIterator.DONE || start == BreakIterator.DONE) {
            return 1;
        }
        return window.codePointCount(start, end);
    }
}
