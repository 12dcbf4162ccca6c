package dev.warroom.core.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The checkpoint file beside a journal ({@code NAME.jsonl.checkpoint}): one line,
 * {@code {"format":1,"seq":N,"eventHash":"…","state":{…},"hash":"…"}}, whose hash is SHA-256 over the event's
 * hash followed by the line without its hash field (closed with a brace), as an event's is. It is written to a
 * temporary file, forced to disk and then renamed over the last one, so a crash while writing leaves the previous
 * checkpoint (or none), never half of one.
 */
final class CheckpointFile {

    static final int FORMAT = 1;
    private static final JsonFactory FACTORY = new com.fasterxml.jackson.databind.ObjectMapper().getFactory();
    private static final byte[] HEADER = ("{\"format\":" + FORMAT + ",\"seq\":").getBytes(StandardCharsets.US_ASCII);

    /** A checkpoint read back, or why the file beside the journal cannot stand for its events (null when there is no file). */
    record Found(Checkpoint checkpoint, String problem) {

        static final Found NONE = new Found(null, null);
    }

    private CheckpointFile() {
    }

    static Path of(Path journal) {
        return journal.resolveSibling(journal.getFileName() + ".checkpoint");
    }

    static void write(Path journal, Checkpoint checkpoint) throws IOException {
        byte[] line = encode(checkpoint);
        Path target = of(journal);
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        Durable.forceDirectory(target.toAbsolutePath().getParent());
    }

    static byte[] encode(Checkpoint checkpoint) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
        try (JsonGenerator out = FACTORY.createGenerator(buffer)) {
            out.writeStartObject();
            out.writeNumberField("format", FORMAT);
            out.writeNumberField("seq", checkpoint.seq());
            out.writeStringField("eventHash", checkpoint.eventHash());
            out.writeFieldName("state");
            CanonicalJson.writeSorted(out, checkpoint.state());
            out.writeEndObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("writing JSON to memory cannot fail", e);
        }
        byte[] canonical = buffer.toByteArray();
        String hash = Hashing.chainHash(Hashing.sha256(), checkpoint.eventHash(), canonical, 0, canonical.length, new byte[0]);
        ByteArrayOutputStream line = new ByteArrayOutputStream(canonical.length + 80);
        line.write(canonical, 0, canonical.length - 1);
        line.writeBytes(EventEncoder.HASH_FIELD_START);
        line.writeBytes(hash.getBytes(StandardCharsets.US_ASCII));
        line.writeBytes(EventEncoder.LINE_END);
        return line.toByteArray();
    }

    /**
     * A checkpoint being checked and read on a thread of its own, while the journal's lines are hashed: the event its
     * first bytes name is known at once ({@code claimedSeq}, -1 when they name none), whether it holds is known by
     * {@link #found()}.
     */
    static final class Reading {

        private final long claimedSeq;
        private final FutureTask<Found> found;

        private Reading(long claimedSeq, FutureTask<Found> found) {
            this.claimedSeq = claimedSeq;
            this.found = found;
        }

        long claimedSeq() {
            return claimedSeq;
        }

        /** The checkpoint, checked and read, or what is wrong with it; waits for the reading thread. */
        Found found() {
            try {
                return found.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Found(null, "reading the checkpoint was interrupted");
            } catch (ExecutionException e) {
                return new Found(null, "the checkpoint cannot be read (" + e.getCause() + ")");
            }
        }
    }

    /** Reads the checkpoint beside {@code journal}: {@link Found#NONE} when there is none, else it or what is wrong with it. */
    static Found read(Path journal) {
        Path file = of(journal);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Found.NONE;
        } catch (IOException e) {
            return new Found(null, "the checkpoint " + file + " cannot be read (" + e.getMessage() + ")");
        }
        return decode(file, bytes);
    }

    /**
     * As {@link #read}, hashing and parsing the checkpoint on a thread of its own when its first bytes name the event
     * it folds up to; otherwise (no file, or not in the shape {@link #encode} writes) on the caller's thread.
     */
    static Reading readAside(Path journal) {
        Path file = of(journal);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return done(Found.NONE);
        } catch (IOException e) {
            return done(new Found(null, "the checkpoint " + file + " cannot be read (" + e.getMessage() + ")"));
        }
        long claimed = claimedSeq(bytes);
        if (claimed < 1) {
            return done(decode(file, bytes));
        }
        FutureTask<Found> task = new FutureTask<>(() -> decode(file, bytes));
        Thread reader = new Thread(task, "warroom-checkpoint-read");
        reader.setDaemon(true);
        reader.start();
        return new Reading(claimed, task);
    }

    private static Reading done(Found found) {
        FutureTask<Found> task = new FutureTask<>(() -> found);
        task.run();
        return new Reading(-1, task);
    }

    /** The seq named by a line that starts as {@link #encode} writes it ({@code {"format":1,"seq":N,}), else -1. */
    static long claimedSeq(byte[] bytes) {
        if (bytes.length < HEADER.length + 2) {
            return -1;
        }
        for (int i = 0; i < HEADER.length; i++) {
            if (bytes[i] != HEADER[i]) {
                return -1;
            }
        }
        long seq = 0;
        int i = HEADER.length;
        while (i < bytes.length && i - HEADER.length < 18 && bytes[i] >= '0' && bytes[i] <= '9') {
            seq = seq * 10 + (bytes[i++] - '0');
        }
        return i > HEADER.length && i < bytes.length && bytes[i] == ',' ? seq : -1;
    }

    static Found decode(Path file, byte[] bytes) {
        String where = "the checkpoint " + file;
        int end = bytes.length;
        if (end == 0 || bytes[end - 1] != '\n') {
            return new Found(null, where + " is incomplete (a crash while it was written?)");
        }
        RawLine line = new RawLine(1, 0, end - 1, true);
        long format = -1;
        long seq = -1;
        String eventHash = null;
        ObjectNode state = null;
        String hash = null;
        try (JsonParser parser = FACTORY.createParser(bytes, 0, line.end())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new Found(null, where + " is not a checkpoint");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "format" -> format = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : -1;
                    case "seq" -> seq = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : -1;
                    case "eventHash" -> eventHash = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "hash" -> hash = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "state" -> state = value == JsonToken.START_OBJECT ? DataTree.readObject(parser) : null;
                    default -> parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                return new Found(null, where + " is not readable JSON");
            }
        } catch (IOException e) {
            return new Found(null, where + " is not readable JSON (torn or damaged)");
        }
        if (format != FORMAT) {
            return new Found(null, where + " is of a format this WarRoom does not read (" + format + ")");
        }
        if (seq < 1 || eventHash == null || !Hashing.isLowerHex(eventHash) || state == null || hash == null) {
            return new Found(null, where + " lacks its seq, event hash, state or hash");
        }
        if (!hashMatches(bytes, line, eventHash)) {
            return new Found(null, where + " was altered: its hash does not match its content");
        }
        return new Found(new Checkpoint(seq, eventHash, state), null);
    }

    private static boolean hashMatches(byte[] bytes, RawLine line, String eventHash) {
        int suffixLength = EventEncoder.HASH_FIELD_START.length + Hashing.HEX_LENGTH + 2;
        if (line.length() < suffixLength + 2) {
            return false;
        }
        int suffixStart = line.end() - suffixLength;
        for (int i = 0; i < EventEncoder.HASH_FIELD_START.length; i++) {
            if (bytes[suffixStart + i] != EventEncoder.HASH_FIELD_START[i]) {
                return false;
            }
        }
        if (bytes[line.end() - 2] != '"' || bytes[line.end() - 1] != '}') {
            return false;
        }
        MessageDigest digest = Hashing.sha256();
        return Hashing.storedHashMatches(digest, eventHash, bytes, 0, suffixStart, EventEncoder.CLOSING_BRACE,
                suffixStart + EventEncoder.HASH_FIELD_START.length);
    }
}
