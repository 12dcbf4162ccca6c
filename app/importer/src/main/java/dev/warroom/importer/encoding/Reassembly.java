package dev.warroom.importer.encoding;

import java.util.ArrayList;
import java.util.List;

/**
 * Garbled text put back together: its characters mapped back to bytes and those decoded as UTF-8. Characters that map
 * to no byte (already real text), stray bytes and invalid sequences stay as they were; sequences cut short become
 * {@link DamagedSequence}s whose character is chosen later.
 */
final class Reassembly {

    /** Placeholder in {@link #codePoints} where a damaged sequence's character goes. */
    static final int UNDECIDED = -1;

    private int[] codePoints;
    private int length;
    private final List<DamagedSequence> damaged = new ArrayList<>();
    private int recoveredSequences;

    private Reassembly(int capacity) {
        codePoints = new int[Math.max(16, capacity)];
    }

    static Reassembly of(String text) {
        Reassembly out = new Reassembly(text.length());
        int[] dropped = DroppedBytes.suspectedIn(text);
        int i = 0;
        int textLength = text.length();
        while (i < textLength) {
            int start = i;
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            int b = MisreadUtf8.byteOf(codePoint);
            int needed = b < 0x80 ? 0 : MisreadUtf8.sequenceLength(b) - 1;
            if (needed <= 0) {
                out.append(codePoint);
                continue;
            }
            int[] continuation = new int[needed];
            int found = 0;
            while (found < needed && i < textLength) {
                int next = text.codePointAt(i);
                int nextByte = MisreadUtf8.byteOf(next);
                if (!MisreadUtf8.isContinuation(nextByte)) {
                    break;
                }
                continuation[found++] = nextByte;
                i += Character.charCount(next);
            }
            out.appendSequence(b, continuation, found, text, start, i, dropped);
        }
        return out;
    }

    private void appendSequence(int lead, int[] continuation, int found, String text, int start, int end, int[] dropped) {
        if (found == continuation.length) {
            int[] sequence = new int[found + 1];
            sequence[0] = lead;
            System.arraycopy(continuation, 0, sequence, 1, found);
            int decoded = MisreadUtf8.decode(sequence);
            if (decoded >= 0) {
                append(decoded);
                recoveredSequences++;
            } else {
                appendAsIs(text, start, end);
            }
            return;
        }
        int[] surviving = new int[found];
        System.arraycopy(continuation, 0, surviving, 0, found);
        List<Integer> candidates = LostByteCandidates.of(lead, surviving, dropped);
        if (candidates.isEmpty()) {
            appendAsIs(text, start, end);
            return;
        }
        damaged.add(new DamagedSequence(damaged.size(), length, candidates, text.substring(start, end)));
        append(UNDECIDED);
    }

    private void appendAsIs(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int codePoint = text.codePointAt(i);
            append(codePoint);
            i += Character.charCount(codePoint);
        }
    }

    private void append(int codePoint) {
        if (length == codePoints.length) {
            int[] grown = new int[codePoints.length * 2];
            System.arraycopy(codePoints, 0, grown, 0, length);
            codePoints = grown;
        }
        codePoints[length++] = codePoint;
    }

    int[] codePoints() {
        return codePoints;
    }

    int length() {
        return length;
    }

    List<DamagedSequence> damaged() {
        return damaged;
    }

    int recoveredSequences() {
        return recoveredSequences;
    }
}
