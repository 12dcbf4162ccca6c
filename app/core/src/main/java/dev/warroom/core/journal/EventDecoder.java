package dev.warroom.core.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads one stored line back and checks its hash against the line's own bytes, so that a change to any
 * byte is caught, including changes that would parse to the same values. Decodes {@code data} into a
 * tree only when asked to: verifying a chain does not need it. Not thread-safe.
 */
final class EventDecoder {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int HASH_SUFFIX_LENGTH =
            EventEncoder.HASH_FIELD_START.length + Hashing.HEX_LENGTH + EventEncoder.LINE_END.length - 1;

    private final DataWanted dataWanted;
    private final boolean chainFieldsSuffice;
    private final MessageDigest digest = Hashing.sha256();
    /** A long journal repeats a few actors and types many times; keep one copy of each in memory. */
    private final Map<String, String> names = new HashMap<>();
    /** Each prev is the hash of the line before: share that string rather than keep two copies. */
    private String previousHash;

    /**
     * Which events' data trees to build, asked with the event's seq and type as read before its data (the
     * canonical order puts both first; null when a line holds them elsewhere). The others are checked alike, hash
     * included, and their data skipped over.
     */
    @FunctionalInterface
    interface DataWanted {
        DataWanted ALL = (seq, type) -> true;
        DataWanted NONE = (seq, type) -> false;

        boolean wanted(long seq, String type);
    }

    /** {@code withData}: build each event's data tree (to resume or report), or skip over it (to verify). */
    EventDecoder(boolean withData) {
        this(withData ? DataWanted.ALL : DataWanted.NONE);
    }

    EventDecoder(DataWanted dataWanted) {
        this(dataWanted, false);
    }

    /**
     * {@code chainFieldsSuffice}: an event whose data is not wanted is read only for its chain fields, from its bytes
     * ({@link ChainFields}), when it is in the writer's exact shape. Only for the events a matching checkpoint folds.
     */
    EventDecoder(DataWanted dataWanted, boolean chainFieldsSuffice) {
        this.dataWanted = dataWanted;
        this.chainFieldsSuffice = chainFieldsSuffice;
    }

    /** The top-level fields as found, and the first thing wrong with them. */
    private static final class Fields {
        long seq = -1;
        String time;
        String wall;
        long offsetMillis = -1;
        String actor;
        String type;
        boolean dataSeen;
        ObjectNode data;
        String prev;
        String hash;
        String defect;
        int seen;

        void defect(String reason) {
            if (defect == null) {
                defect = reason;
            }
        }
    }

    DecodedLine decode(byte[] bytes, RawLine line) {
        if (line.length() == 0) {
            return DecodedLine.unreadable(line, "empty line");
        }
        if (chainFieldsSuffice) {
            DecodedLine chain = ChainFields.read(bytes, line, digest, previousHash, names);
            if (chain != null && !dataWanted.wanted(chain.seq(), chain.type())) {
                previousHash = chain.hash();
                return chain;
            }
        }
        Fields fields = new Fields();
        try (JsonParser parser = FACTORY.createParser(bytes, line.start(), line.length())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                fields.defect("not a JSON object");
            } else {
                readFields(parser, fields);
            }
            if (parser.nextToken() != null) {
                return DecodedLine.unreadable(line, "unreadable JSON");
            }
        } catch (IOException e) {
            return DecodedLine.unreadable(line, "unreadable JSON");
        }
        if (bytes[line.end() - 1] == '\r') {
            return DecodedLine.malformed(line, "it ends with a carriage return; was the file converted to Windows line endings?");
        }
        requireAll(fields);
        Instant time = instant(fields, CanonicalJson.TIME, fields.time);
        Instant wall = instant(fields, CanonicalJson.WALL, fields.wall);
        if (fields.defect != null) {
            return DecodedLine.malformed(line, fields.defect);
        }
        boolean hashMatches = hashMatches(bytes, line, fields.prev, fields.hash);
        shareRepeatedText(fields);
        JournalEvent event = fields.data != null
                ? new JournalEvent(fields.seq, time, wall, fields.offsetMillis, fields.actor, fields.type, fields.data,
                        fields.prev, fields.hash)
                : null;
        return DecodedLine.event(line, fields.seq, fields.type, fields.prev, fields.hash, hashMatches, event);
    }

    private void shareRepeatedText(Fields fields) {
        if (fields.prev.equals(previousHash)) {
            fields.prev = previousHash;
        }
        previousHash = fields.hash;
        if (names.size() < 10_000) {
            fields.actor = names.computeIfAbsent(fields.actor, name -> name);
            fields.type = names.computeIfAbsent(fields.type, name -> name);
        }
    }

    private void readFields(JsonParser parser, Fields fields) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            int bit = bitOf(name);
            if (bit == 0) {
                fields.defect("unexpected field '" + name + "'");
            } else if ((fields.seen & bit) != 0) {
                fields.defect("'" + name + "' appears twice");
            }
            fields.seen |= bit;
            switch (name) {
                case CanonicalJson.SEQ -> fields.seq = wholeNumber(parser, value);
                case CanonicalJson.OFFSET_MILLIS -> fields.offsetMillis = wholeNumber(parser, value);
                case CanonicalJson.TIME -> fields.time = text(parser, value);
                case CanonicalJson.WALL -> fields.wall = text(parser, value);
                case CanonicalJson.ACTOR -> fields.actor = text(parser, value);
                case CanonicalJson.TYPE -> fields.type = text(parser, value);
                case CanonicalJson.PREV -> fields.prev = text(parser, value);
                case CanonicalJson.HASH -> fields.hash = text(parser, value);
                case CanonicalJson.DATA -> readData(parser, value, fields);
                default -> parser.skipChildren();
            }
        }
    }

    private void readData(JsonParser parser, JsonToken value, Fields fields) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        fields.dataSeen = true;
        if (dataWanted.wanted(fields.seq, fields.type)) {
            fields.data = DataTree.readObject(parser);
        } else {
            parser.skipChildren();
        }
    }

    private static int bitOf(String name) {
        return switch (name) {
            case CanonicalJson.SEQ -> 1;
            case CanonicalJson.TIME -> 1 << 1;
            case CanonicalJson.WALL -> 1 << 2;
            case CanonicalJson.OFFSET_MILLIS -> 1 << 3;
            case CanonicalJson.ACTOR -> 1 << 4;
            case CanonicalJson.TYPE -> 1 << 5;
            case CanonicalJson.DATA -> 1 << 6;
            case CanonicalJson.PREV -> 1 << 7;
            case CanonicalJson.HASH -> 1 << 8;
            default -> 0;
        };
    }

    private static long wholeNumber(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            parser.skipChildren();
            return -1;
        }
        return parser.getLongValue();
    }

    private static String text(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            parser.skipChildren();
            return null;
        }
        return parser.getText();
    }

    private static void requireAll(Fields fields) {
        if (fields.seq < 1) {
            fields.defect("'seq' is missing or not a whole number from 1");
        }
        if (fields.offsetMillis < 0) {
            fields.defect("'offsetMillis' is missing or not a whole number from 0");
        }
        if (!fields.dataSeen) {
            fields.defect("'data' is missing or not an object");
        }
        requireText(fields, CanonicalJson.ACTOR, fields.actor);
        requireText(fields, CanonicalJson.TYPE, fields.type);
        requireText(fields, CanonicalJson.PREV, fields.prev);
        requireText(fields, CanonicalJson.HASH, fields.hash);
    }

    private static void requireText(Fields fields, String name, String value) {
        if (value == null) {
            fields.defect("'" + name + "' is missing or not text");
        }
    }

    private static Instant instant(Fields fields, String name, String text) {
        if (text == null) {
            fields.defect("'" + name + "' is missing or not text");
            return null;
        }
        try {
            return UtcInstants.parse(text);
        } catch (DateTimeException e) {
            fields.defect("'" + name + "' is not an ISO-8601 UTC time");
            return null;
        }
    }

    /**
     * The line must end exactly as the writer ends it, {@code ,"hash":"<the stored hash>"}}, and the hash of
     * everything before that (closed with a brace) must be the stored hash.
     */
    private boolean hashMatches(byte[] bytes, RawLine line, String prev, String stored) {
        if (!Hashing.isLowerHex(stored) || line.length() < HASH_SUFFIX_LENGTH + 2) {
            return false;
        }
        int suffixStart = line.end() - HASH_SUFFIX_LENGTH;
        byte[] fieldStart = EventEncoder.HASH_FIELD_START;
        for (int i = 0; i < fieldStart.length; i++) {
            if (bytes[suffixStart + i] != fieldStart[i]) {
                return false;
            }
        }
        if (bytes[line.end() - 2] != '"' || bytes[line.end() - 1] != '}') {
            return false;
        }
        return Hashing.storedHashMatches(digest, prev, bytes, line.start(), suffixStart, EventEncoder.CLOSING_BRACE,
                suffixStart + fieldStart.length);
    }
}
