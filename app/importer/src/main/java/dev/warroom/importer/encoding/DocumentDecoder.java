package dev.warroom.importer.encoding;

/** Bytes in, text out: detects the encoding and any garbling, repairs what it can and says what it did. */
public interface DocumentDecoder {

    DecodedDocument decode(byte[] bytes, String name);

    /** Byte-order marks, UTF-8, ICU's charset detection, then mojibake repair; see docs/importing.md, "Encodings". */
    static DocumentDecoder standard() {
        return new StandardDocumentDecoder();
    }
}
