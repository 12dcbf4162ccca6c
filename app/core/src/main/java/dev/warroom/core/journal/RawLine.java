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

    /** The same line, {@code lines} further down the file. */
    RawLine movedDown(int lines) {
        return new RawLine(number + lines, start, end, terminated);
    }

    /** Splits a file's bytes at {@code \n}; a final newline does not start another line. */
    static List<RawLine> split(byte[] bytes) {
        return split(bytes, 0, bytes.length);
    }

    /**
     * Splits {@code bytes[from, to)}, which starts at the start of a line, at {@code \n}, numbering its lines
     * from 1; a line not ended by a newline before {@code to} is unterminated.
     */
    static List<RawLine> split(byte[] bytes, int from, int to) {
        List<RawLine> lines = new ArrayList<>();
        int start = from;
        int number = 1;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                lines.add(new RawLine(number++, start, i, true));
                start = i + 1;
            }
        }
        if (start < to) {
            lines.add(new RawLine(number, start, to, false));
        }
        return lines;
    }
}
