package dev.warroom.core.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * Reads, straight from a line's bytes, only what linking it into the chain needs: its seq, type, prev and hash, and
 * whether the hash matches the line. It reads lines in the exact shape the journal writes them
 * ({@code {"seq":N,"time":"…","wall":"…","offsetMillis":N,"actor":"…","type":"…","data":{…},"prev":"…","hash":"…"}});
 * for anything else it gives up (null) and the line is decoded as JSON. Used only for the events a matching
 * checkpoint already folds: they were read in full when the checkpoint was written, and the chain shows their bytes
 * unchanged.
 */
final class ChainFields {

    private static final byte[] SEQ = ascii("{\"seq\":");
    private static final byte[] TIME = ascii(",\"time\":\"");
    private static final byte[] WALL = ascii("\",\"wall\":\"");
    private static final byte[] OFFSET = ascii("\",\"offsetMillis\":");
    private static final byte[] ACTOR = ascii(",\"actor\":\"");
    private static final byte[] TYPE = ascii(",\"type\":\"");
    private static final byte[] DATA = ascii(",\"data\":{");
    private static final byte[] PREV = ascii("},\"prev\":\"");
    /** From the data's closing brace: {@code },"prev":"<64 hex>","hash":"<64 hex>"}}. */
    private static final int TAIL = PREV.length + Hashing.HEX_LENGTH + 1 + EventEncoder.HASH_FIELD_START.length + Hashing.HEX_LENGTH + 2;

    private ChainFields() {
    }

    /** The line's chain fields, or null when it is not in the writer's exact shape. */
    static DecodedLine read(byte[] bytes, RawLine line, MessageDigest digest) {
        return read(bytes, line, digest, null, new java.util.HashMap<>());
    }

    /**
     * As {@link #read(byte[], RawLine, MessageDigest)}; {@code previousHash}, the hash of the line before when known,
     * is kept as this line's prev when they are the same text, and each type is kept once in {@code names}: a long
     * journal's lines stay in memory until the chain is walked, and the fewer copies, the less a collection copies.
     */
    static DecodedLine read(byte[] bytes, RawLine line, MessageDigest digest, String previousHash, Map<String, String> names) {
        int end = line.end();
        if (line.length() < SEQ.length + TAIL || !at(bytes, line.start(), SEQ)) {
            return null;
        }
        int i = line.start() + SEQ.length;
        long seq = 0;
        int digits = 0;
        while (i < end && bytes[i] >= '0' && bytes[i] <= '9' && digits < 18) {
            seq = seq * 10 + (bytes[i++] - '0');
            digits++;
        }
        if (digits == 0 || seq < 1 || !at(bytes, i, TIME)) {
            return null;
        }
        int quote = indexOfQuote(bytes, i + TIME.length, end);
        if (!at(bytes, quote, WALL)) {
            return null;
        }
        quote = indexOfQuote(bytes, quote + WALL.length, end);
        if (!at(bytes, quote, OFFSET)) {
            return null;
        }
        i = quote + OFFSET.length;
        while (i < end && bytes[i] >= '0' && bytes[i] <= '9') {
            i++;
        }
        if (!at(bytes, i, ACTOR)) {
            return null;
        }
        i = endOfString(bytes, i + ACTOR.length, end);
        if (i < 0 || !at(bytes, i + 1, TYPE)) {
            return null;
        }
        int typeStart = i + 1 + TYPE.length;
        int typeEnd = endOfString(bytes, typeStart, end);
        if (typeEnd < 0 || !at(bytes, typeEnd + 1, DATA) || hasEscape(bytes, typeStart, typeEnd)) {
            return null;
        }
        int prevAt = end - TAIL;
        int hashAt = prevAt + PREV.length + Hashing.HEX_LENGTH + 1 + EventEncoder.HASH_FIELD_START.length;
        if (!at(bytes, prevAt, PREV) || !at(bytes, hashAt - EventEncoder.HASH_FIELD_START.length, EventEncoder.HASH_FIELD_START)
                || bytes[end - 2] != '"' || bytes[end - 1] != '}' || bytes[hashAt - EventEncoder.HASH_FIELD_START.length - 1] != '"') {
            return null;
        }
        int prevHexAt = prevAt + PREV.length;
        String prev = sameText(bytes, prevHexAt, previousHash) ? previousHash : hex(bytes, prevHexAt);
        String hash = hex(bytes, hashAt);
        if (prev == null || hash == null) {
            return null;
        }
        int suffixStart = hashAt - EventEncoder.HASH_FIELD_START.length;
        boolean matches = Hashing.storedHashMatches(digest, bytes, prevHexAt, bytes, line.start(), suffixStart, EventEncoder.CLOSING_BRACE,
                hashAt);
        String type = names.computeIfAbsent(new String(bytes, typeStart, typeEnd - typeStart, StandardCharsets.UTF_8), t -> t);
        return DecodedLine.event(line, seq, type, prev, hash, matches, null);
    }

    /** The first quote at or after {@code from} (a time holds none), or -1. */
    private static int indexOfQuote(byte[] bytes, int from, int end) {
        for (int i = from; i < end; i++) {
            if (bytes[i] == '"') {
                return i;
            }
        }
        return -1;
    }

    /** The index of the quote that closes a JSON string whose text starts at {@code from}, or -1. */
    private static int endOfString(byte[] bytes, int from, int end) {
        for (int i = from; i < end; i++) {
            if (bytes[i] == '\\') {
                i++;
            } else if (bytes[i] == '"') {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasEscape(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\\') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code bytes} hold {@code text} (64 lowercase hex digits) at {@code from}. */
    private static boolean sameText(byte[] bytes, int from, String text) {
        if (text == null || text.length() != Hashing.HEX_LENGTH) {
            return false;
        }
        for (int i = 0; i < Hashing.HEX_LENGTH; i++) {
            if (bytes[from + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String hex(byte[] bytes, int from) {
        for (int i = from; i < from + Hashing.HEX_LENGTH; i++) {
            byte b = bytes[i];
            if (!(b >= '0' && b <= '9') && !(b >= 'a' && b <= 'f')) {
                return null;
            }
        }
        return new String(bytes, from, Hashing.HEX_LENGTH, StandardCharsets.US_ASCII);
    }

    private static boolean at(byte[] bytes, int index, byte[] marker) {
        if (index < 0 || index + marker.length > bytes.length) {
            return false;
        }
        for (int k = 0; k < marker.length; k++) {
            if (bytes[index + k] != marker[k]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
