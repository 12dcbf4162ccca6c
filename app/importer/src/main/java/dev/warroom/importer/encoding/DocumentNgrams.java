package dev.warroom.importer.encoding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Characters and pairs of neighbouring characters in the intact part of a document (never across a damaged one). Only
 * non-ASCII characters are counted: a candidate is never ASCII, and the pairs that matter are between Han characters.
 */
final class DocumentNgrams {

    private final Map<Integer, Integer> characters = new HashMap<>();
    private final Map<Long, Integer> pairs = new HashMap<>();
    private final Set<Character.UnicodeScript> scripts = new HashSet<>();
    private final ChineseRepertoire repertoire;

    DocumentNgrams(int[] codePoints, int length) {
        for (int i = 0; i < length; i++) {
            int codePoint = codePoints[i];
            if (codePoint < 0x80) {
                if (Character.isLetter(codePoint)) {
                    scripts.add(Character.UnicodeScript.LATIN);
                }
                continue;
            }
            if (codePoint == Reassembly.UNDECIDED) {
                continue;
            }
            characters.merge(codePoint, 1, Integer::sum);
            if (i + 1 < length && codePoints[i + 1] >= 0x80) {
                pairs.merge(pair(codePoint, codePoints[i + 1]), 1, Integer::sum);
            }
        }
        for (int codePoint : characters.keySet()) {
            if (Character.isLetter(codePoint)) {
                scripts.add(Character.UnicodeScript.of(codePoint));
            }
        }
        repertoire = new ChineseRepertoire(characters.keySet());
    }

    /** Whether a CJK character is in the repertoire (Big5 or GB2312) the document's intact text is written with. */
    boolean inRepertoire(int codePoint) {
        return repertoire.contains(codePoint);
    }

    private static long pair(int first, int second) {
        return ((long) first << 32) | (second & 0xFFFFFFFFL);
    }

    int occurrences(int codePoint) {
        return characters.getOrDefault(codePoint, 0);
    }

    int pairs(int first, int second) {
        return pairs.getOrDefault(pair(first, second), 0);
    }

    boolean usesScriptOf(int codePoint) {
        return scripts.contains(Character.UnicodeScript.of(codePoint));
    }
}
