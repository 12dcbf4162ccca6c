package dev.warroom.importer.encoding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The byte-order marks a text file may start with; the longer UTF-32 marks are tried before UTF-16's. */
enum ByteOrderMark {
    UTF_32BE(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, "UTF-32BE", "UTF-32 (big-endian)"),
    UTF_32LE(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "UTF-32LE", "UTF-32 (little-endian)"),
    UTF_8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "UTF-8", "UTF-8"),
    UTF_16BE(new byte[] {(byte) 0xFE, (byte) 0xFF}, "UTF-16BE", "UTF-16 (big-endian)"),
    UTF_16LE(new byte[] {(byte) 0xFF, (byte) 0xFE}, "UTF-16LE", "UTF-16 (little-endian)");

    private final byte[] mark;
    private final String charsetName;
    private final String words;

    ByteOrderMark(byte[] mark, String charsetName, String words) {
        this.mark = mark;
        this.charsetName = charsetName;
        this.words = words;
    }

    static Optional<ByteOrderMark> at(byte[] bytes) {
        for (ByteOrderMark bom : values()) {
            if (bom.startsIn(bytes)) {
                return Optional.of(bom);
            }
        }
        return Optional.empty();
    }

    private boolean startsIn(byte[] bytes) {
        if (bytes.length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if (bytes[i] != mark[i]) {
                return false;
            }
        }
        return true;
    }

    int length() {
        return mark.length;
    }

    Charset charset() {
        return this == UTF_8 ? StandardCharsets.UTF_8 : Charset.forName(charsetName);
    }

    String describe() {
        return words + " with a byte-order mark";
    }
}
