package dev.warroom.core.journal.bench;

import dev.warroom.core.journal.Journal;
import dev.warroom.core.journal.JournalFiles;
import dev.warroom.core.journal.JournalReader;
import dev.warroom.core.journal.JournalVerifier;
import dev.warroom.core.journal.SteppingClock;
import dev.warroom.core.journal.Verdict;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a whole journal back and checking every hash and link: what {@code warroom verify} does, what
 * resuming an incident does, and the tolerant read behind reports. Goal: 100,000 events in at most 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class JournalReplayBenchmark {

    @Param("100000")
    public int events;

    private Path directory;
    private Path file;

    @Setup(Level.Trial)
    public void writeJournal() throws IOException {
        directory = BenchFiles.freshDirectory("replay");
        file = directory.resolve("incident.jsonl");
        JournalFiles.writeUnsynced(file, events);
        Verdict verdict = JournalVerifier.verify(file);
        if (!verdict.ok() || verdict.eventCount() != events) {
            throw new IllegalStateException("the benchmark journal does not verify: " + verdict.message());
        }
    }

    @TearDown(Level.Trial)
    public void removeJournal() throws IOException {
        BenchFiles.delete(directory);
    }

    @Benchmark
    public Verdict verify() throws IOException {
        return JournalVerifier.verify(file);
    }

    @Benchmark
    public int openToResume() throws IOException {
        try (Journal journal = Journal.open(file, new SteppingClock())) {
            return journal.events().size();
        }
    }

    @Benchmark
    public int readForReport() throws IOException {
        return JournalReader.read(file).events().size();
    }
}
