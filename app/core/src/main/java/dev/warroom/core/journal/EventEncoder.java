package dev.warroom.core.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;

/**
 * Turns an event into its journal line: the canonical JSON without the hash, hashed, then the hash
 * appended as the last field. Not thread-safe: one per writer.
 */
final class EventEncoder {

    static final byte[] HASH_FIELD_START = (",\"" + CanonicalJson.HASH + "\":\"").getBytes(StandardCharsets.US_ASCII);
    static final byte[] LINE_END = "\"}\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] CLOSING_BRACE = {'}'};

    private static final JsonFactory FACTORY = new ObjectMapper().getFactory();

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);
    private final MessageDigest digest = Hashing.sha256();

    /** An event and the exact bytes of its line, newline included. */
    record Encoded(JournalEvent event, byte[] line) {
    }

    Encoded encode(long seq, Instant time, Instant wall, long offsetMillis, String actor, String type,
                   ObjectNode data, String prev) {
        buffer.reset();
        try (JsonGenerator out = FACTORY.createGenerator(buffer)) {
            out.writeStartObject();
            out.writeNumberField(CanonicalJson.SEQ, seq);
            out.writeStringField(CanonicalJson.TIME, time.toString());
            out.writeStringField(CanonicalJson.WALL, wall.toString());
            out.writeNumberField(CanonicalJson.OFFSET_MILLIS, offsetMillis);
            out.writeStringField(CanonicalJson.ACTOR, actor);
            out.writeStringField(CanonicalJson.TYPE, type);
            out.writeFieldName(CanonicalJson.DATA);
            CanonicalJson.writeSorted(out, data);
            out.writeStringField(CanonicalJson.PREV, prev);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory cannot fail", e);
        }
        byte[] canonical = buffer.toByteArray();
        String hash = Hashing.chainHash(digest, prev, canonical, 0, canonical.length, new byte[0]);

        int withoutBrace = canonical.length - 1;
        byte[] hashBytes = hash.getBytes(StandardCharsets.US_ASCII);
        byte[] line = Arrays.copyOf(canonical, withoutBrace + HASH_FIELD_START.length + hashBytes.length + LINE_END.length);
        int at = withoutBrace;
        System.arraycopy(HASH_FIELD_START, 0, line, at, HASH_FIELD_START.length);
        at += HASH_FIELD_START.length;
        System.arraycopy(hashBytes, 0, line, at, hashBytes.length);
        at += hashBytes.length;
        System.arraycopy(LINE_END, 0, line, at, LINE_END.length);

        JournalEvent event = new JournalEvent(seq, time, wall, offsetMillis, actor, type, data, prev, hash);
        return new Encoded(event, line);
    }
}
