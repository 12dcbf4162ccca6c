package dev.warroom.report.html;

import java.util.Optional;

/**
 * Which table cells keep their words whole. A cell may break inside a word (the stylesheet's
 * {@code word-wrap: break-word}) so that a hash or a URL cannot push a table off the page; but the PDF's table layout
 * then counts every such cell as one character wide at least, and gives a column of times, durations or names so
 * little room that {@code 16:45:47} stands one character per line.
 * <ul>
 * <li>A cell that is one short word (a time, a duration, a status, a name: {@code 16:45:47}, {@code 1分30秒},
 * {@code 王小明}) does not break at all, not even after its colon or between a number and its unit. Longer Chinese text
 * is not one word: it wraps between characters, as Chinese does.</li>
 * <li>A cell whose every word is short breaks between words only (and between Chinese characters), so its column is at
 * least as wide as its longest word.</li>
 * <li>A table of more than {@link #MOST_COLUMNS} columns cannot give each column its longest word on a portrait page
 * (it would lose its last columns off the paper): there only the shortest words stay whole in its cells, its
 * headings (WarRoom's own short words) break between words only, and the table is set smaller.</li>
 * </ul>
 */
final class WholeWords {

    static final String UNBROKEN = "unbroken";
    static final String BETWEEN_WORDS = "whole-words";
    static final String WIDE_TABLE = "wide";

    static final int MOST_COLUMNS = 7;

    /** Longer than a time, a duration, a person's name or a resource id usually is; shorter than a hash or a URL. */
    private static final int LONGEST_WORD = 24;
    /** As long as {@code 2026-12-07 16:45}, or a short name. */
    private static final int LONGEST_UNBROKEN = 16;
    /** As long as {@code 16:45:47}. */
    private static final int LONGEST_UNBROKEN_IN_A_WIDE_TABLE = 8;
    /** A Chinese name, status or duration; longer Chinese text wraps. */
    private static final int MOST_IDEOGRAPHS_UNBROKEN = 4;

    private WholeWords() {
    }

    static boolean wide(int columns) {
        return columns > MOST_COLUMNS;
    }

    /** The class a heading gets, if any. */
    static Optional<String> headingClass(String heading, int columns) {
        return wide(columns) && shortWordsOnly(heading) ? Optional.of(BETWEEN_WORDS) : cssClass(heading, columns);
    }

    /** The class a cell holding {@code text}, in a table of {@code columns} columns, gets, if any. */
    static Optional<String> cssClass(String text, int columns) {
        if (wide(columns)) {
            return oneShortWord(text, LONGEST_UNBROKEN_IN_A_WIDE_TABLE) ? Optional.of(UNBROKEN) : Optional.empty();
        }
        if (oneShortWord(text, LONGEST_UNBROKEN)) {
            return Optional.of(UNBROKEN);
        }
        return shortWordsOnly(text) ? Optional.of(BETWEEN_WORDS) : Optional.empty();
    }

    private static boolean oneShortWord(String text, int longest) {
        return !text.isBlank()
                && text.codePointCount(0, text.length()) <= longest
                && text.codePoints().noneMatch(Character::isWhitespace)
                && text.codePoints().filter(Character::isIdeographic).count() <= MOST_IDEOGRAPHS_UNBROKEN;
    }

    private static boolean shortWordsOnly(String text) {
        int wordLength = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            wordLength = Character.isWhitespace(codePoint) ? 0 : wordLength + 1;
            if (wordLength > LONGEST_WORD) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
