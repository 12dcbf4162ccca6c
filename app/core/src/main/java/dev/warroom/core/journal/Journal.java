package dev.warroom.core.journal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.journal.JournalAccessException.Reason;
import dev.warroom.core.time.IncidentClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The incident's append-only journal: one JSON line per event, hash-chained, each forced to disk before
 * {@link #append} returns, so whatever the engine acts on survives a crash. Secrets are redacted before
 * they are written. Thread-safe; one writer per file (guarded by a file lock).
 */
public final class Journal implements AutoCloseable {

    /** The journals open for writing in this process (real folder + file name). */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();
    private static final DateTimeFormatter TORN_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path file;
    private final FileChannel channel;
    private final IncidentClock clock;
    private final Clock wallClock = Clock.systemUTC();
    private final EventEncoder encoder = new EventEncoder();
    private final List<JournalEvent> events;
    private final long baseOffsetMillis;
    private final long startNanos = System.nanoTime();
    private final long repairedBytes;
    private final Path tornLineKeptAt;
    private final Path claim;
    private final Durability durability;
    private JournalSeal seal;
    private DeferredData deferred;
    private Checkpoint checkpoint;
    private String checkpointIgnored;
    private IOException writeFailure;
    private boolean closed;
    /** Held while a checkpoint is written, outside the journal's own lock so that appends go on. */
    private final Object checkpointLock = new Object();
    private long checkpointWrittenSeq;

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

    private Journal(Path file, FileChannel channel, IncidentClock clock, List<JournalEvent> events, long repairedBytes,
            Path tornLineKeptAt, JournalSeal seal, Path claim, Durability durability) {
        this.durability = durability;
        this.file = file;
        this.channel = channel;
        this.clock = clock;
        this.events = new ArrayList<>(events);
        this.baseOffsetMillis = events.isEmpty() ? 0 : events.get(events.size() - 1).offsetMillis();
        this.repairedBytes = repairedBytes;
        this.tornLineKeptAt = tornLineKeptAt;
        this.seal = seal;
        this.claim = claim;
    }

    /**
     * Starts a new journal. Refuses what {@link #requireCreatable} refuses, and a file another WarRoom
     * created first (it holds the lock, or has already written to it).
     */
    public static Journal create(Path file, IncidentClock clock) throws IOException {
        return create(file, clock, FSYNC);
    }

    /** As {@link #create(Path, IncidentClock)}, forcing each event to disk through {@code durability}. */
    public static Journal create(Path file, IncidentClock clock, Durability durability) throws IOException {
        Objects.requireNonNull(clock, "clock");
        requireCreatable(file);
        Path claim = claimInThisProcess(file, writtenElsewhere(file));
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            HELD_HERE.remove(claim);
            throw JournalFailures.writing(file, "create the journal", e);
        }
        try {
            lock(channel, file, writtenElsewhere(file));
            if (channel.size() > 0) {
                refuseNonEmpty(file);
            }
            // a checkpoint left beside a journal of this name that is gone cannot be this one's
            Files.deleteIfExists(CheckpointFile.of(file));
            Durable.forceDirectory(file.toAbsolutePath().getParent());
            return new Journal(file, channel, clock, List.of(), 0, null, null, claim, durability);
        } catch (IOException | RuntimeException e) {
            HELD_HERE.remove(claim);
            channel.close();
            throw e;
        }
    }

    /**
     * Checks, without writing anything, that a new journal can start at {@code file}: the path is not a
     * folder, a device or a file that already holds something (an incident, or the plan), its folder
     * exists (it is never created: a mistyped path must not put the record somewhere unexpected), and no
     * seal of an earlier journal of that name is beside it. Throws {@link JournalAccessException} saying which.
     */
    public static void requireCreatable(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw JournalFailures.isFolder(file);
        }
        if (Files.exists(file)) {
            if (!Files.isRegularFile(file)) {
                throw new JournalAccessException(Reason.NOT_A_FILE, file, file + " is not a plain file (a device, a pipe or"
                        + " a socket); a journal must be a file of its own, e.g. incident.jsonl");
            }
            if (heldElsewhere(file)) {
                throw new JournalAccessException(Reason.LOCKED, file, writtenElsewhere(file));
            }
            refuseNonEmpty(file);
        } else if (Files.exists(file.toAbsolutePath().getParent()) && !Files.isDirectory(file.toAbsolutePath().getParent())) {
            throw new JournalAccessException(Reason.FOLDER_MISSING, file, "cannot journal to " + file + ": "
                    + file.toAbsolutePath().getParent() + " is a file, not a folder");
        } else if (!Files.isDirectory(file.toAbsolutePath().getParent())) {
            throw JournalFailures.folderMissing(file);
        }
        Path seal = SealFile.of(file);
        if (Files.exists(seal)) {
            throw new JournalAccessException(Reason.ALREADY_EXISTS, file, "the seal of an earlier journal named " + file
                    + " is still beside it (" + seal + "); move that seal away with its journal, or choose another name");
        }
    }

    /**
     * Reopens a journal to resume its incident or to add to it after its close. A torn last line (a crash
     * mid-append: no newline, or not JSON) was never acknowledged: it is moved to a file beside the
     * journal ({@link #tornLineKeptAt()}) and cut off. Any other damage, to the chain or against its seals,
     * throws {@link JournalCorruptException} and leaves the file untouched.
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
        return open(file, clockFor, null);
    }

    /**
     * As {@link #open(Path, java.util.function.Function)}, for a resume: when a checkpoint beside the journal
     * ({@code NAME.jsonl.checkpoint}) names an event of this chain by its seq and hash, the events up to it are
     * hashed and linked as always, but only those of {@code typesReadInFull} are decoded with their data; the rest
     * wait in {@link #events()} until asked for. {@link #checkpoint()} then holds it. A checkpoint that does not
     * match the chain, or is damaged, is not used: every event is decoded and {@link #checkpointIgnored()} says why.
     * {@code clockFor} is handed {@link #decodedEvents()}.
     */
    public static Journal openToResume(Path file, java.util.function.Function<List<JournalEvent>, IncidentClock> clockFor,
            Set<String> typesReadInFull) throws IOException {
        return open(file, clockFor, Set.copyOf(typesReadInFull));
    }

    private static Journal open(Path file, java.util.function.Function<List<JournalEvent>, IncidentClock> clockFor, Set<String> resumeReads)
            throws IOException {
        if (Files.isDirectory(file)) {
            throw JournalFailures.isFolder(file);
        }
        String inUse = file + " is open in another WarRoom (in this process or another): that incident is being run there now;"
                + " close it there first";
        Path claim = claimInThisProcess(file, inUse);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            HELD_HERE.remove(claim);
            throw JournalFailures.reading(file, e);
        } catch (IOException e) {
            HELD_HERE.remove(claim);
            // a journal nobody may read is unreadable first: say that, not that it cannot be written
            throw Files.isReadable(file) ? JournalFailures.writing(file, "open for writing the journal", e) : JournalFailures.reading(file, e);
        }
        try {
            lock(channel, file, inUse);
            byte[] bytes = readAll(channel, file);
            CheckpointUse use = resumeReads == null
                    ? new CheckpointUse(JournalCheck.toResume(file, JournalFile.decode(bytes, true)), null, null, null)
                    : CheckpointUse.read(file, bytes, resumeReads);
            JournalCheck.Result check = use.check();
            refuseDamage(file, check);
            Path keptAt = null;
            long repaired = 0;
            if (check.torn() != null) {
                int from = check.torn().raw().start();
                keptAt = keepAside(file, bytes, from);
                repaired = bytes.length - from;
                channel.truncate(from);
                channel.force(true);
            }
            channel.position(channel.size());
            List<JournalEvent> events = new ArrayList<>(check.lines().size());
            check.lines().forEach(line -> events.add(line.event()));
            List<JournalEvent> decoded = events.stream().filter(Objects::nonNull).toList();
            IncidentClock clock = Objects.requireNonNull(clockFor.apply(decoded), "clock");
            Journal journal = new Journal(file, channel, clock, events, repaired, keptAt, check.seals().last(), claim, FSYNC);
            journal.checkpoint = use.trusted();
            journal.checkpointIgnored = use.ignored();
            journal.deferred = use.deferred();
            return journal;
        } catch (IOException | RuntimeException e) {
            HELD_HERE.remove(claim);
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
            throw JournalFailures.writing(file, "write to the journal (it stopped taking events after a failed write; reopen it"
                    + " to resume)", writeFailure);
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
            throw JournalFailures.writing(file, "write event " + seq + " (" + type + ") to", e);
        }
        events.add(encoded.event());
        if (seal != null) {
            writeSeal();
        }
        return encoded.event();
    }

    /**
     * Seals the journal as it is now: writes, beside it, a seal naming its event count and head and
     * superseding the previous seal, forced to disk. Call it when the incident closes; from then on every
     * {@link #append} writes a new seal after its event. Does nothing when the last seal already covers
     * every event.
     */
    public synchronized JournalSeal seal() throws IOException {
        if (closed) {
            throw new IllegalStateException("the journal " + file + " is closed");
        }
        if (seal != null && seal.events() == events.size()) {
            return seal;
        }
        return writeSeal();
    }

    private JournalSeal writeSeal() throws IOException {
        JournalSeal next = JournalSeal.next(seal, events.size(), head(), wallClock.instant());
        SealFile.append(file, next);
        seal = next;
        return next;
    }

    /** The last seal written or found beside the journal: present once the incident has closed. */
    public synchronized Optional<JournalSeal> latestSeal() {
        return Optional.ofNullable(seal);
    }

    /**
     * The journal's head: the hash of its last event ({@link JournalEvent#NO_PREVIOUS} before the first).
     * A copy of it kept elsewhere (a report, a chat message) shows later whether events were cut off the end.
     */
    public synchronized String head() {
        return events.isEmpty() ? JournalEvent.NO_PREVIOUS : events.get(events.size() - 1).hash();
    }

    /** Every event: those read when the journal was opened, then those appended. An immutable snapshot. */
    public synchronized List<JournalEvent> events() {
        if (deferred != null) {
            deferred.fill(events);
            deferred = null;
        }
        return List.copyOf(events);
    }

    /**
     * The events decoded with their data so far: all of them, except after {@link #openToResume} used a checkpoint;
     * then the events up to it of the types asked for, and every event after it.
     */
    public synchronized List<JournalEvent> decodedEvents() {
        return events.stream().filter(Objects::nonNull).toList();
    }

    /** How many events the journal holds. */
    public synchronized int eventCount() {
        return events.size();
    }

    /** The checkpoint {@link #openToResume} found to match this journal's chain, and used. */
    public synchronized Optional<Checkpoint> checkpoint() {
        return Optional.ofNullable(checkpoint);
    }

    /** Why {@link #openToResume} did not use the checkpoint beside the journal, in words (empty when it did, or there was none). */
    public synchronized Optional<String> checkpointIgnored() {
        return Optional.ofNullable(checkpointIgnored);
    }

    /**
     * Writes {@code state}, folded from every event up to {@code seq}, as the journal's checkpoint, held against
     * that event's hash; it replaces the previous one only once it is wholly on disk. Appends go on meanwhile: only
     * looking up the event's hash holds the journal. Checkpoints are written one at a time, never one older than the
     * last written, and none once the journal is closed (its file may then have another writer).
     */
    public Checkpoint writeCheckpoint(long seq, ObjectNode state) throws IOException {
        synchronized (checkpointLock) {
            Checkpoint written;
            synchronized (this) {
                if (closed) {
                    throw new IllegalStateException("the journal " + file + " is closed");
                }
                if (seq < 1 || seq > events.size()) {
                    throw new IllegalArgumentException("the journal " + file + " holds no event " + seq);
                }
                if (events.get((int) seq - 1) == null) {
                    events();
                }
                written = new Checkpoint(seq, events.get((int) seq - 1).hash(), state);
            }
            if (seq < checkpointWrittenSeq) {
                // a later checkpoint is already on disk: this one would only make the next resume fold more
                return written;
            }
            try {
                CheckpointFile.write(file, written);
            } catch (IOException e) {
                throw JournalFailures.writing(CheckpointFile.of(file), "write the checkpoint", e);
            }
            checkpointWrittenSeq = seq;
            return written;
        }
    }

    public synchronized Optional<JournalEvent> lastEvent() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }

    /** How many bytes of a torn last line {@link #open} cut off (0 when the file was whole). */
    public long repairedBytes() {
        return repairedBytes;
    }

    /** Where {@link #open} kept the torn last line it cut off, when there was one. */
    public Optional<Path> tornLineKeptAt() {
        return Optional.ofNullable(tornLineKeptAt);
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        // a checkpoint being written finishes first: none is written once another WarRoom may hold the file
        synchronized (checkpointLock) {
            synchronized (this) {
                if (!closed) {
                    closed = true;
                    try {
                        channel.close();
                    } finally {
                        HELD_HERE.remove(claim);
                    }
                }
            }
        }
    }

    private static String writtenElsewhere(Path file) {
        return file + " is being written by another WarRoom right now: it started an incident in this file first; choose another"
                + " file for this one";
    }

    /**
     * Marks {@code file} as open in this process, or refuses. Checked before any channel is opened, because
     * on POSIX systems closing any channel to a file drops every lock this process holds on it.
     */
    private static Path claimInThisProcess(Path file, String heldWords) throws JournalAccessException {
        Path key = keyOf(file);
        if (!HELD_HERE.add(key)) {
            throw new JournalAccessException(Reason.LOCKED, file, heldWords);
        }
        return key;
    }

    private static Path keyOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            return absolute.getParent().toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            return absolute;
        }
    }

    /** Whether a WarRoom in this process or another has the journal open for writing; opens nothing this process holds. */
    private static boolean heldElsewhere(Path file) {
        if (HELD_HERE.contains(keyOf(file))) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (IOException | OverlappingFileLockException e) {
            return false;
        }
    }

    private static void refuseNonEmpty(Path file) throws IOException {
        long size;
        byte[] start;
        try {
            size = Files.size(file);
            if (size == 0) {
                return;
            }
            start = firstBytes(file);
        } catch (IOException e) {
            throw JournalFailures.reading(file, e);
        }
        List<DecodedLine> lines = JournalFile.decode(start, false).lines();
        if (!lines.isEmpty() && lines.get(0).isEvent()) {
            throw new JournalAccessException(Reason.ALREADY_EXISTS, file, file + " already holds an incident (" + size
                    + " bytes); resume it, or choose a new file");
        }
        throw new JournalAccessException(Reason.NOT_A_JOURNAL, file, file + " already exists and is not a journal (" + size
                + " bytes of something else: the plan?); a journal is never written over another file; choose a new file");
    }

    /** The file's first line, or its first 1 MiB: enough to tell a journal from anything else. */
    private static byte[] firstBytes(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(1 << 20);
            for (int i = 0; i < start.length; i++) {
                if (start[i] == '\n') {
                    return Arrays.copyOf(start, i + 1);
                }
            }
            return start;
        }
    }

    private static void refuseDamage(Path file, JournalCheck.Result check) throws IOException {
        JournalProblem problem = check.problem();
        if (problem == null || (problem.kind() == JournalProblem.Kind.EMPTY && !check.seals().present())) {
            return;
        }
        if (problem.kind() == JournalProblem.Kind.NOT_A_JOURNAL) {
            throw new JournalAccessException(Reason.NOT_A_JOURNAL, file, file + ": " + problem.message());
        }
        throw new JournalCorruptException(file, problem);
    }

    /** Writes the torn bytes to {@code NAME.torn-<UTC time>} beside the journal, durably, before they are cut off. */
    private static Path keepAside(Path file, byte[] bytes, int from) throws IOException {
        String stamp = TORN_STAMP.format(Instant.now());
        Path aside = file.resolveSibling(file.getFileName() + ".torn-" + stamp);
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(file.getFileName() + ".torn-" + stamp + "-" + n);
        }
        try {
            Durable.writeNew(aside, Arrays.copyOfRange(bytes, from, bytes.length));
        } catch (IOException e) {
            throw JournalFailures.writing(aside, "keep the journal's torn last line aside (the journal was left as it is) in", e);
        }
        return aside;
    }

    private static void lock(FileChannel channel, Path file, String heldElsewhere) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new JournalAccessException(Reason.LOCKED, file, heldElsewhere);
        }
    }

    private static byte[] readAll(FileChannel channel, Path file) throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE - 8) {
            throw new JournalAccessException(Reason.IO_FAILED, file, "the journal " + file + " is too large to open ("
                    + size + " bytes)");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, buffer.position()) < 0) {
                    break;
                }
            }
        } catch (IOException e) {
            throw JournalFailures.reading(file, e);
        }
        // the whole file, as a rule: a copy only if it shrank while it was read
        return buffer.hasRemaining() ? Arrays.copyOf(buffer.array(), buffer.position()) : buffer.array();
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an event's " + name + " must not be blank");
        }
    }
}
