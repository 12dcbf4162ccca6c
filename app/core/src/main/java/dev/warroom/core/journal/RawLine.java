package dev.warroom.core.journal;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a journal file as bytes {@code [start, end)} of the whole file, without its newline.
 * {@code terminated} is false only for a last line that has no newline: a write that did not finish.
 */
record RawLine(int number, int start, int end, boolean terminated) {

    int length() {
        return end - start;
    }

    /** Splits a file's bytes at {@code \n}; a final newline does not start another line. */
    static List<RawLine> split(byte[] bytes) {
        List<RawLine> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(new RawLine(number++, start, i, true));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            lines.add(new RawLine(number, start, bytes.length, false));
        }
        return lines;
    }
}
