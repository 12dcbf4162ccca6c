package dev.warroom.core.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as the journal uses it: over the previous hash's text, then the event's canonical bytes. */
final class Hashing {

    static final int HEX_LENGTH = 64;
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] LOWER_HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private Hashing() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** Hash of {@code prev} + {@code canonical[from, to)} + {@code tail} (the closing brace when hashing a stored line). */
    static String chainHash(MessageDigest digest, String prev, byte[] canonical, int from, int to, byte[] tail) {
        digest.reset();
        digest.update(prev.getBytes(StandardCharsets.UTF_8));
        digest.update(canonical, from, to - from);
        digest.update(tail);
        return HEX.formatHex(digest.digest());
    }

    /**
     * Whether the hash of {@code prev} + {@code line[from, to)} + {@code tail} is the lowercase hex stored at
     * {@code line[hexAt, hexAt + 64)}. Compares bytes, without building strings: replay does this per event.
     */
    static boolean storedHashMatches(MessageDigest digest, String prev, byte[] line, int from, int to, byte[] tail,
                                     int hexAt) {
        byte[] prevBytes = prev.getBytes(StandardCharsets.UTF_8);
        return storedHashMatches(digest, prevBytes, 0, prevBytes.length, line, from, to, tail, hexAt);
    }

    /** As {@link #storedHashMatches(MessageDigest, String, byte[], int, int, byte[], int)}, the prev's 64 hex digits at {@code prev[prevAt]}. */
    static boolean storedHashMatches(MessageDigest digest, byte[] prev, int prevAt, byte[] line, int from, int to, byte[] tail,
                                     int hexAt) {
        return storedHashMatches(digest, prev, prevAt, HEX_LENGTH, line, from, to, tail, hexAt);
    }

    private static boolean storedHashMatches(MessageDigest digest, byte[] prev, int prevAt, int prevLength, byte[] line, int from, int to,
                                             byte[] tail, int hexAt) {
        digest.reset();
        digest.update(prev, prevAt, prevLength);
        digest.update(line, from, to - from);
        digest.update(tail);
        byte[] hash = digest.digest();
        for (int i = 0; i < hash.length; i++) {
            if (line[hexAt + 2 * i] != LOWER_HEX[(hash[i] >> 4) & 0xf] || line[hexAt + 2 * i + 1] != LOWER_HEX[hash[i] & 0xf]) {
                return false;
            }
        }
        return true;
    }

    static boolean isLowerHex(String text) {
        if (text.length() != HEX_LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
