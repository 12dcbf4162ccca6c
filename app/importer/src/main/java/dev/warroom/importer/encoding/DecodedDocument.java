package dev.warroom.importer.encoding;

import java.util.List;

/**
 * The document's text after decoding and repair.
 *
 * @param encoding what the bytes were found to be, in words ("UTF-8", "UTF-8 with a byte-order mark", "GBK", "Big5",
 *     "UTF-8 read as Windows-1252, some bytes lost")
 * @param repaired whether mojibake was found and undone
 * @param notes what was done, in sentences, for the mapping report
 * @param uncertain each character chosen among candidates that truly tied, in document order
 */
public record DecodedDocument(String text, String encoding, boolean repaired, List<String> notes, List<UncertainCharacter> uncertain) {

    public DecodedDocument {
        notes = List.copyOf(notes);
        uncertain = List.copyOf(uncertain);
    }
}
