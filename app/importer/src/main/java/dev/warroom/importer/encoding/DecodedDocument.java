package dev.warroom.importer.encoding;

import dev.warroom.importer.words.ImportText;
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
 * @param notTextWords set when the bytes are not text in any encoding WarRoom reads (then {@code text} is empty): a
 *     sentence the importer can give as its refusal, in each front end's language ({@link #notText()} is the English)
 * @param misreading for a repaired document, how its text had been damaged, in parts ({@code encoding} says it in English)
 */
public record DecodedDocument(
        String text,
        String encoding,
        boolean repaired,
        List<String> notes,
        List<UncertainCharacter> uncertain,
        Optional<ImportText> notTextWords,
        Optional<Misreading> misreading) {

    public DecodedDocument {
        notes = List.copyOf(notes);
        uncertain = List.copyOf(uncertain);
    }

    /** A document that was read as text. */
    public DecodedDocument(String text, String encoding, boolean repaired, List<String> notes, List<UncertainCharacter> uncertain) {
        this(text, encoding, repaired, notes, uncertain, Optional.empty(), Optional.empty());
    }

    /** A document whose text was UTF-8 misread and saved again, and has been repaired. */
    static DecodedDocument repaired(String text, String encoding, List<String> notes, List<UncertainCharacter> uncertain,
            Misreading misreading) {
        return new DecodedDocument(text, encoding, true, notes, uncertain, Optional.empty(), Optional.of(misreading));
    }

    static DecodedDocument notTextAtAll(String encoding, ImportText sentence) {
        return new DecodedDocument("", encoding, false, List.of(sentence.english()), List.of(), Optional.of(sentence), Optional.empty());
    }

    public Optional<String> notText() {
        return notTextWords.map(ImportText::english);
    }

    public boolean isText() {
        return notTextWords.isEmpty();
    }
}
