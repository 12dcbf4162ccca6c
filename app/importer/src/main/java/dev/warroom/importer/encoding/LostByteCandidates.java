package dev.warroom.importer.encoding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The characters a cut-short UTF-8 sequence can have been: its surviving bytes with lost ones put back. */
final class LostByteCandidates {

    private LostByteCandidates() {
    }

    /**
     * @param lead the sequence's first byte
     * @param surviving the continuation bytes that followed it, in order
     * @param dropped the byte values that can have been lost ({@link DroppedBytes})
     */
    static List<Integer> of(int lead, int[] surviving, int[] dropped) {
        int length = MisreadUtf8.sequenceLength(lead);
        int missing = length - 1 - surviving.length;
        Set<Integer> found = new LinkedHashSet<>();
        if (missing <= 0) {
            return List.of();
        }
        int slots = length - 1;
        for (int lostMask = 0; lostMask < (1 << slots); lostMask++) {
            if (Integer.bitCount(lostMask) == missing) {
                fill(lead, surviving, dropped, lostMask, slots, missing, found);
            }
        }
        List<Integer> plausible = new ArrayList<>();
        for (int codePoint : found) {
            if (isAssignedText(codePoint)) {
                plausible.add(codePoint);
            }
        }
        return plausible;
    }

    private static void fill(int lead, int[] surviving, int[] dropped, int lostMask, int slots, int missing, Set<Integer> found) {
        int combinations = (int) Math.pow(dropped.length, missing);
        int[] sequence = new int[slots + 1];
        sequence[0] = lead;
        for (int combination = 0; combination < combinations; combination++) {
            int rest = combination;
            int next = 0;
            for (int slot = 0; slot < slots; slot++) {
                if ((lostMask & (1 << slot)) != 0) {
                    sequence[slot + 1] = dropped[rest % dropped.length];
                    rest /= dropped.length;
                } else {
                    sequence[slot + 1] = surviving[next++];
                }
            }
            int codePoint = MisreadUtf8.decode(sequence);
            if (codePoint >= 0) {
                found.add(codePoint);
            }
        }
    }

    private static boolean isAssignedText(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isDefined(codePoint)
                && type != Character.PRIVATE_USE
                && type != Character.CONTROL
                && type != Character.SURROGATE
                && type != Character.UNASSIGNED;
    }
}
