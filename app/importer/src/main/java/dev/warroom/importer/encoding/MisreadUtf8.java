package dev.warroom.importer.encoding;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The bytes behind text that was decoded as Latin-1, Windows-1252 or Windows-1254 (Turkish, the same as 1252 but for
 * six letters): each character of those code pages stands for exactly one byte and no two of them share a character,
 * so text garbled that way maps back to the bytes it was read from.
 */
final class MisreadUtf8 {

    static final int NOT_A_BYTE = -1;

    /** Windows-1252's characters above U+00FF (the euro sign, curly quotes, dashes ...) and the byte each one reads. */
    private static final Map<Integer, Integer> WINDOWS_1252_ABOVE_LATIN_1 = aboveLatin1("windows-1252", 0x80, 0x9F);
    /** Windows-1254's Turkish letters (ğ for 0xF0, ş, ı ...); its other characters are Windows-1252's. */
    private static final Map<Integer, Integer> WINDOWS_1254_TURKISH = aboveLatin1("windows-1254", 0xA0, 0xFF);

    private MisreadUtf8() {
    }

    private static Map<Integer, Integer> aboveLatin1(String codePage, int first, int last) {
        Charset charset = Charset.forName(codePage);
        Map<Integer, Integer> table = new HashMap<>();
        for (int b = first; b <= last; b++) {
            String decoded = new String(new byte[] {(byte) b}, charset);
            int codePoint = decoded.codePointAt(0);
            if (codePoint > 0xFF && codePoint != 0xFFFD) {
                table.put(codePoint, b);
            }
        }
        return Map.copyOf(table);
    }

    /** Every character these code pages give is below U+2200 (the highest is ™, U+2122). */
    private static final int[] BYTE_OF = byteOfTable();

    private static int[] byteOfTable() {
        int[] table = new int[0x2200];
        Arrays.fill(table, NOT_A_BYTE);
        for (int b = 0; b <= 0xFF; b++) {
            table[b] = b;
        }
        WINDOWS_1252_ABOVE_LATIN_1.forEach((codePoint, b) -> table[codePoint] = b);
        WINDOWS_1254_TURKISH.forEach((codePoint, b) -> table[codePoint] = b);
        return table;
    }

    /** The byte this character was read from, or {@link #NOT_A_BYTE} when neither code page has it. */
    static int byteOf(int codePoint) {
        return codePoint >= 0 && codePoint < BYTE_OF.length ? BYTE_OF[codePoint] : NOT_A_BYTE;
    }

    /** Whether only a Windows code page (not Latin-1) gives this character. */
    static boolean isWindowsOnly(int codePoint) {
        return WINDOWS_1252_ABOVE_LATIN_1.containsKey(codePoint) || WINDOWS_1254_TURKISH.containsKey(codePoint);
    }

    static boolean isContinuation(int b) {
        return b >= 0x80 && b <= 0xBF;
    }

    /** How many bytes a UTF-8 sequence starting with this byte has; 0 when it cannot start one. */
    static int sequenceLength(int lead) {
        if (lead < 0x80) {
            return 1;
        }
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 0;
    }

    /** The code point a complete sequence encodes, or -1 when it is overlong, a surrogate or beyond Unicode. */
    static int decode(int[] sequence) {
        int n = sequence.length;
        int codePoint = switch (n) {
            case 2 -> sequence[0] & 0x1F;
            case 3 -> sequence[0] & 0x0F;
            case 4 -> sequence[0] & 0x07;
            default -> -1;
        };
        if (codePoint < 0) {
            return -1;
        }
        for (int i = 1; i < n; i++) {
            if (!isContinuation(sequence[i])) {
                return -1;
            }
            codePoint = (codePoint << 6) | (sequence[i] & 0x3F);
        }
        int smallest = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
        boolean surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
        return codePoint < smallest || surrogate || codePoint > 0x10FFFF ? -1 : codePoint;
    }
}
