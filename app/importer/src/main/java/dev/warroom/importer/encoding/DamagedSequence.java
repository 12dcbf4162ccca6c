package dev.warroom.importer.encoding;

import java.util.List;

/**
 * A UTF-8 sequence that reached the text with continuation bytes missing.
 *
 * @param index this sequence's place among the document's damaged sequences
 * @param position index of the character in the reassembled code points
 * @param candidates every assigned character whose UTF-8 encoding is the surviving bytes with the missing ones put
 *     back, each missing byte being one of {@link DroppedBytes}
 * @param garbled the characters the damaged sequence showed as, kept when no candidate fits
 */
record DamagedSequence(int index, int position, List<Integer> candidates, String garbled) {

    DamagedSequence {
        candidates = List.copyOf(candidates);
    }
}
