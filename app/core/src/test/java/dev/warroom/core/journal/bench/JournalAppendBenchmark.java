package dev.warroom.core.journal.bench;

import dev.warroom.core.journal.Journal;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalFiles;
import dev.warroom.core.journal.SteppingClock;
import java.io.IOException;
import java.nio.file.Path;
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
 * append returns. Goal: at least 2,000 per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class JournalAppendBenchmark {

    private Path directory;
    private Journal journal;
    private long next;

    @Setup(Level.Iteration)
    public void newJournal() throws IOException {
        directory = BenchFiles.freshDirectory("append");
        journal = Journal.create(directory.resolve("incident.jsonl"), new SteppingClock());
        next = 1;
    }

    @TearDown(Level.Iteration)
    public void removeJournal() throws IOException {
        journal.close();
        BenchFiles.delete(directory);
    }

    @Benchmark
    public JournalEvent appendFsynced() throws IOException {
        long i = next++;
        return journal.append(JournalFiles.sampleType(i), "commander", JournalFiles.sampleData(i));
    }
}
