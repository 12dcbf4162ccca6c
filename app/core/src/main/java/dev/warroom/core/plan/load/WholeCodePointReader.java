package dev.warroom.core.plan.load;

import java.io.Reader;

/**
 * Reads a string without ever ending a read between the two halves of a surrogate pair. SnakeYAML 2.3
 * throws IndexOutOfBoundsException when its 1024-character buffer ends in a high surrogate (an emoji
 * at the wrong offset); handing it whole code points avoids that path. Not thread-safe.
 */
final class WholeCodePointReader extends Reader {

    private final String text;
    private int position;

    WholeCodePointReader(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (position >= text.length()) {
            return -1;
        }
        int count = Math.min(length, text.length() - position);
        if (count > 1 && Character.isHighSurrogate(text.charAt(position + count - 1))) {
            count--;
        }
        text.getChars(position, position + count, buffer, offset);
        position += count;
        return count;
    }

    @Override
    public void close() {
        position = text.length();
    }
}
