package dev.warroom.importer.encoding;

import java.util.List;
import java.util.Optional;

/**
 * The document's text after decoding and repair.
 *
 * @param encoding what the bytes were found to be, in words ("UTF-8", "UTF-8 with a byte-order mark", "GBK", "Big5",
 *     "UTF-8 read as Windows-1252, some bytes lost")
 * @param repaired whether mojibake was found and undone
 * @param notes what was done, in sentences, for the mapping report
 * @param uncertain each character chosen among candidates that truly tied, in document order
 * @param notText set when the bytes are not text in any encoding WarRoom reads (then {@code text} is empty): a sentence
 *     the importer can give as its refusal
 */
public record DecodedDocument(
        String text,
        String encoding,
        boolean repaired,
        List<String> notes,
        List<UncertainCharacter> uncertain,
        Optional<String> notText) {

    public DecodedDocument {
        notes = List.copyOf(notes);
        uncertain = List.copyOf(uncertain);
    }

    /** A document that was read as text. */
    public DecodedDocument(String text, String encoding, boolean repaired, List<String> notes, List<UncertainCharacter> uncertain) {
        this(text, encoding, repaired, notes, uncertain, Optional.empty());
    }

    static DecodedDocument notTextAtAll(String encoding, String sentence) {
        return new DecodedDocument("", encoding, false, List.of(sentence), List.of(), Optional.of(sentence));
    }

    public boolean isText() {
        return notText.isEmpty();
    }
}
