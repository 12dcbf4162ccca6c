package dev.warroom.importer.encoding;

import dev.warroom.importer.words.ImportText;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Decodes in this order: a byte-order mark; binary content refused; valid UTF-8; otherwise ICU's charset detection.
 * The text is then checked for mojibake (UTF-8 read as Windows-1252 or Latin-1) and repaired by {@link MojibakeRepair}.
 * Safe to share between threads: each call has its own repair state.
 */
final class StandardDocumentDecoder implements DocumentDecoder {

    /** Below this ICU confidence a UTF-16/32 guess for bytes full of NULs is not trusted. */
    private static final int WIDE_ENCODING_CONFIDENCE = 60;

    @Override
    public DecodedDocument decode(byte[] bytes, String name) {
        MojibakeRepair repair = new MojibakeRepair();
        if (bytes.length == 0) {
            return new DecodedDocument("", "empty", false, List.of(name + " is empty."), List.of());
        }
        Optional<ByteOrderMark> bom = ByteOrderMark.at(bytes);
        if (bom.isPresent()) {
            String text = new String(bytes, bom.get().length(), bytes.length - bom.get().length(), bom.get().charset());
            return repair.repairIfGarbled(text, bom.get().describe(), List.of("The byte-order mark was removed."));
        }
        Optional<ImportText> binary = BinaryContent.reason(bytes, name);
        if (binary.isPresent()) {
            Optional<CharsetGuess> wide = CharsetGuess.of(bytes)
                    .filter(guess -> guess.charset().name().startsWith("UTF-")
                            && guess.confidence() >= WIDE_ENCODING_CONFIDENCE);
            if (wide.isEmpty()) {
                return DecodedDocument.notTextAtAll("binary", binary.get());
            }
            return decodeGuessed(bytes, wide.get(), repair);
        }
        Optional<String> utf8 = strictUtf8(bytes);
        if (utf8.isPresent()) {
            boolean ascii = isAscii(bytes);
            return repair.repairIfGarbled(utf8.get(), ascii ? "ASCII" : "UTF-8", List.of());
        }
        Optional<CharsetGuess> guess = CharsetGuess.of(bytes);
        if (guess.isEmpty()) {
            return DecodedDocument.notTextAtAll("unknown", ImportText.of("decoding.unknown", name));
        }
        return decodeGuessed(bytes, guess.get(), repair);
    }

    private static DecodedDocument decodeGuessed(byte[] bytes, CharsetGuess guess, MojibakeRepair repair) {
        String text = new String(bytes, guess.charset());
        String note = String.format("Decoded as %s (ICU's charset detection, confidence %d of 100).", guess.words(), guess.confidence());
        return repair.repairIfGarbled(text, guess.words(), List.of(note));
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

}
