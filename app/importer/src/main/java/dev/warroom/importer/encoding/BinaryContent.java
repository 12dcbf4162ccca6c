package dev.warroom.importer.encoding;

import dev.warroom.importer.words.ImportText;
import java.util.Optional;

/** Bytes that no text encoding WarRoom reads produces: control bytes such as NUL in more than a trace. */
final class BinaryContent {

    /** Enough of the start to judge; a text file's first 64 KiB say what it is. */
    private static final int SAMPLE = 64 * 1024;
    /** Share of control bytes above which the bytes are not text; real text has next to none. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private BinaryContent() {
    }

    /** A sentence saying why the bytes are not text, or empty when they may be. */
    static Optional<ImportText> reason(byte[] bytes, String name) {
        int sample = Math.min(bytes.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            if (isControl(bytes[i] & 0xFF)) {
                controls++;
            }
        }
        if (sample == 0 || controls <= sample * MAX_CONTROL_SHARE) {
            return Optional.empty();
        }
        return Optional.of(ImportText.of("decoding.binary", name, controls, sample));
    }

    private static boolean isControl(int b) {
        return b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C && b != 0x1B || b == 0x7F;
    }
}
