package dev.warroom.importer.encoding;

/** Bytes in, text out: detects the encoding and any garbling, repairs what it can and says what it did. */
public interface DocumentDecoder {

    DecodedDocument decode(byte[] bytes, String name);
}
