package dev.warroom.importer.encoding;

import java.util.Arrays;

/**
 * The byte values a garbling can have dropped: those Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D),
 * those Windows-1254 leaves undefined too (0x8E, 0x9E), and 0xAD, which reads as an invisible soft hyphen that text
 * cleaners strip. A value the document still contains somewhere was evidently not dropped, so it is left out; this
 * keeps the candidates few when, say, a Latin-1 reading kept every byte.
 */
final class DroppedBytes {

    static final int[] DROPPABLE = {0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E, 0xAD};

    private DroppedBytes() {
    }

    static int[] suspectedIn(String text) {
        boolean[] present = new boolean[256];
        text.codePoints().forEach(codePoint -> {
            int b = MisreadUtf8.byteOf(codePoint);
            if (b >= 0) {
                present[b] = true;
            }
        });
        int[] absent = Arrays.stream(DROPPABLE).filter(b -> !present[b]).toArray();
        return absent.length == 0 ? DROPPABLE : absent;
    }
}
