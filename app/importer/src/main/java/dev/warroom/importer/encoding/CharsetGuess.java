package dev.warroom.importer.encoding;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Optional;

/**
 * The encoding of bytes without a byte-order mark that are not UTF-8, by ICU's {@link CharsetDetector} (byte patterns
 * and character statistics per encoding): its best match that Java can decode.
 *
 * @param charset what to decode with
 * @param words the encoding as a person names it
 * @param confidence ICU's confidence, 0 to 100
 */
record CharsetGuess(Charset charset, String words, int confidence) {

    /** ICU names GBK text GB18030 (its superset); Latin-1 with bytes 0x80 to 0x9F it names windows-1252 itself. */
    private static final Map<String, String> WORDS = Map.of(
            "GB18030", "GBK/GB18030",
            "Big5", "Big5",
            "ISO-8859-1", "Latin-1 (ISO-8859-1)",
            "windows-1252", "Windows-1252");

    static Optional<CharsetGuess> of(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        if (matches == null) {
            return Optional.empty();
        }
        for (CharsetMatch match : matches) {
            String name = match.getName();
            if (Charset.isSupported(name)) {
                return Optional.of(new CharsetGuess(Charset.forName(name), WORDS.getOrDefault(name, name), match.getConfidence()));
            }
        }
        return Optional.empty();
    }
}
