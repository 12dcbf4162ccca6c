package dev.warroom.core.journal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.time.IncidentClock;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The incident's append-only journal: one JSON line per event, hash-chained, each forced to disk before
 * {@link #append} returns, so whatever the engine acts on survives a crash. Secrets are redacted before
 * they are written. Thread-safe; one writer per file (guarded by a file lock).
 */
public final class Journal implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final IncidentClock clock;
    private final Clock wallClock = Clock.systemUTC();
    private final EventEncoder encoder = new EventEncoder();
    private final List<JournalEvent> events;
    private final long baseOffsetMillis;
    private final long startNanos = System.nanoTime();
    private final long repairedBytes;
    private final Durability durability;
    private IOException writeFailure;
    private boolean closed;

    /**
     * How an appended event is forced to disk before {@link #append} returns. Production always uses
     * {@link #FSYNC}; a test can hand in one that waits, to see who would wait on a slow disk.
     */
    @FunctionalInterface
    public interface Durability {
        /** Forces {@code channel}, whose last line is {@code written}, to the device. */
        void force(FileChannel channel, JournalEvent written) throws IOException;
    }

    /** Forces the file's content to the device. */
    public static final Durability FSYNC = (channel, written) -> channel.force(false);

    private Journal(Path file, FileChannel channel, IncidentClock clock, List<JournalEvent> events, long repairedBytes) {
        this(file, channel, clock, events, repairedBytes, FSYNC);
    }

    private Journal(Path file, FileChannel channel, IncidentClock clock, List<JournalEvent> events, long repairedBytes,
            Durability durability) {
        this.durability = durability;
        this.file = file;
        this.channel = channel;
        this.clock = clock;
        this.events = new ArrayList<>(events);
        this.baseOffsetMillis = events.isEmpty() ? 0 : events.get(events.size() - 1).offsetMillis();
        this.repairedBytes = repairedBytes;
    }

    /** Starts a new journal. Refuses a file that already holds anything: that is an incident to resume. */
    public static Journal create(Path file, IncidentClock clock) throws IOException {
        return create(file, clock, FSYNC);
    }

    /** As {@link #create(Path, IncidentClock)}, forcing each event to disk through {@code durability}. */
    public static Journal create(Path file, IncidentClock clock, Durability durability) throws IOException {
        Objects.requireNonNull(clock, "clock");
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        refuseExisting(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            lock(channel, file);
            if (channel.size() > 0) {
                refuseExisting(file);
            }
            forceDirectory(parent);
            return new Journal(file, channel, clock, List.of(), 0, durability);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Reopens a journal to resume its incident. A torn last line (a crash mid-append: no newline, or not
     * JSON) is cut off; that event was never acknowledged. Any other damage throws
     * {@link JournalCorruptException} and leaves the file untouched.
     */
    public static Journal open(Path file, IncidentClock clock) throws IOException {
        Objects.requireNonNull(clock, "clock");
        return open(file, events -> clock);
    }

    /**
     * As {@link #open(Path, IncidentClock)}, with the clock chosen from the events read (a resumed
     * incident's clock starts at its last event): the journal is read once.
     */
    public static Journal open(Path file, java.util.function.Function<List<JournalEvent>, IncidentClock> clockFor) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no journal at this path");
        }
        try {
            lock(channel, file);
            JournalFile journal = JournalFile.decode(readAll(channel), true);
            DecodedLine torn = journal.tornTail();
            List<DecodedLine> kept = torn == null ? journal.lines() : journal.linesBefore(torn);
            ChainWalk.Result chain = ChainWalk.firstProblem(kept);
            if (!chain.intact()) {
                throw new JournalCorruptException(file, chain.problems().get(0));
            }
            long repaired = 0;
            if (torn != null) {
                repaired = journal.bytes().length - torn.raw().start();
                channel.truncate(torn.raw().start());
                channel.force(true);
            }
            channel.position(channel.size());
            IncidentClock clock = Objects.requireNonNull(clockFor.apply(chain.verified()), "clock");
            return new Journal(file, channel, clock, chain.verified(), repaired);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Redacts secrets in {@code data} (a copy: the caller's node is left alone), chains and writes the
     * event, and forces it to disk before returning it.
     */
    public synchronized JournalEvent append(String type, String actor, ObjectNode data) throws IOException {
        requireText(type, "type");
        requireText(actor, "actor");
        if (closed) {
            throw new IllegalStateException("the journal " + file + " is closed");
        }
        if (writeFailure != null) {
            throw new IOException("the journal " + file + " stopped taking events after a failed write ("
                    + writeFailure.getMessage() + "); reopen it to resume", writeFailure);
        }
        ObjectNode clean = SecretRedactor.redact(data == null ? JsonNodeFactory.instance.objectNode() : data);
        JournalEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
        long seq = last == null ? 1 : last.seq() + 1;
        String prev = last == null ? JournalEvent.NO_PREVIOUS : last.hash();
        long offsetMillis = baseOffsetMillis + (System.nanoTime() - startNanos) / 1_000_000;
        EventEncoder.Encoded encoded = encoder.encode(seq, clock.now(), wallClock.instant(), offsetMillis,
                actor, type, clean, prev);
        try {
            ByteBuffer line = ByteBuffer.wrap(encoded.line());
            while (line.hasRemaining()) {
                channel.write(line);
            }
            durability.force(channel, encoded.event());
        } catch (IOException e) {
            writeFailure = e;
            throw new IOException("could not write event " + seq + " (" + type + ") to " + file + ": "
                    + e.getMessage(), e);
        }
        events.add(encoded.event());
        return encoded.event();
    }

    /** Every event: those read when the journal was opened, then those appended. An immutable snapshot. */
    public synchronized List<JournalEvent> events() {
        return List.copyOf(events);
    }

    public synchronized Optional<JournalEvent> lastEvent() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }

    /** How many bytes of a torn last line {@link #open} cut off (0 when the file was whole). */
    public long repairedBytes() {
        return repairedBytes;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            channel.close();
        }
    }

    private static void refuseExisting(Path file) throws IOException {
        if (Files.exists(file) && Files.size(file) > 0) {
            throw new FileAlreadyExistsException(file.toString(), null,
                    "a journal already exists here (" + Files.size(file)
                            + " bytes); open it to resume that incident, or choose a new file");
        }
    }

    private static void lock(FileChannel channel, Path file) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new IOException("the journal " + file + " is already open for writing (by this or another WarRoom)");
        }
    }

    private static byte[] readAll(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE - 8) {
            throw new IOException("the journal is too large to resume (" + size + " bytes)");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, buffer.position()) < 0) {
                break;
            }
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    /** Makes the new file's directory entry durable, where the platform allows opening a directory. */
    private static void forceDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory as a channel; there the entry is flushed with the file's data.
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an event's " + name + " must not be blank");
        }
    }
}
