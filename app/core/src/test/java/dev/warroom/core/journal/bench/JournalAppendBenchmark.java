package dev.warroom.core.journal.bench;

import dev.warroom.core.journal.Journal;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalFiles;
import dev.warroom.core.journal.SteppingClock;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Events appended per second, each redacted, hashed, written and forced to disk (fdatasync) before
 * append returns. Goal: at least 2,000 per second. {@code rawFsyncBaseline} writes a line of the same
 * size with the same force and nothing else: the disk's own limit, measured under the same conditions,
 * so the journal's overhead can be told apart from the disk's speed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class JournalAppendBenchmark {

    /** About the size of a journal line for the sample events (they average 540 bytes). */
    private static final int LINE_BYTES = 540;

    private Path directory;
    private Journal journal;
    private FileChannel raw;
    private final ByteBuffer rawLine = ByteBuffer.allocate(LINE_BYTES);
    private long next;

    @Setup(Level.Iteration)
    public void newJournal() throws IOException {
        directory = BenchFiles.freshDirectory("append");
        journal = Journal.create(directory.resolve("incident.jsonl"), new SteppingClock());
        raw = FileChannel.open(directory.resolve("baseline.bin"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        Arrays.fill(rawLine.array(), (byte) 'x');
        rawLine.put(LINE_BYTES - 1, (byte) '\n');
        next = 1;
    }

    @TearDown(Level.Iteration)
    public void removeJournal() throws IOException {
        journal.close();
        raw.close();
        BenchFiles.delete(directory);
    }

    @Benchmark
    public JournalEvent appendFsynced() throws IOException {
        long i = next++;
        return journal.append(JournalFiles.sampleType(i), "commander", JournalFiles.sampleData(i));
    }

    @Benchmark
    public int rawFsyncBaseline() throws IOException {
        rawLine.rewind();
        int written = raw.write(rawLine);
        raw.force(false);
        return written;
    }
}
