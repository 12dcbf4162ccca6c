package dev.warroom.core.tabletop.bench;

import dev.warroom.core.incident.IncidentRig;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.incident.ResumeReads;
import dev.warroom.core.journal.Journal;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.time.VirtualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Resuming a long TABLETOP: from the resume call (the plan already loaded, as the command line has it) to the
 * incident ready to go on: the journal opened and every hash and link checked, the simulated world rebuilt from
 * it, the state folded, the resume recorded and the board read. Each shot resumes a fresh copy of the journal.
 * In single-shot mode with one shot per fork ({@code -bm ss -wi 0 -i 1 -f 5}) it is the first resume in this JVM (which
 * has written the journal, so its hashing and encoding are warm). {@code checkpoint}: {@code paused} resumes a journal
 * left by a pause (its checkpoint beside it: the trial's set-up resumes it once and closes it), {@code none} one without.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class TabletopResumeBenchmark {

    @Param("100000")
    public int events;

    @Param({"paused", "none"})
    public String checkpoint;

    private Path directory;
    private Path original;
    private Path copy;
    private Plan plan;

    @Setup(Level.Trial)
    public void writeJournal() throws IOException {
        directory = Files.createTempDirectory(benchRoot(), "resume-");
        original = directory.resolve("long-night.jsonl");
        LongIncidentJournal.write(original, events);
        plan = IncidentRig.plan();
        if (checkpoint.equals("paused")) {
            copy = original;
            resume();
        }
    }

    @Setup(Level.Invocation)
    public void copyJournal() throws IOException {
        copy = directory.resolve("resumed.jsonl");
        Files.deleteIfExists(Path.of(copy + ".seal"));
        Files.deleteIfExists(Path.of(copy + ".checkpoint"));
        Files.copy(original, copy, StandardCopyOption.REPLACE_EXISTING);
        Path paused = Path.of(original + ".checkpoint");
        if (Files.exists(paused)) {
            Files.copy(paused, Path.of(copy + ".checkpoint"));
        }
    }

    @TearDown(Level.Trial)
    public void removeJournals() throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Benchmark
    public long resume() throws IOException {
        VirtualClock[] clock = new VirtualClock[1];
        Journal journal = Journal.openToResume(copy, (List<JournalEvent> read) -> clock[0] = new VirtualClock(read.get(read.size() - 1).time()),
                ResumeReads.EVENT_TYPES);
        try (IncidentRuntime runtime = TabletopRuntime.resume(plan, journal, clock[0], false, IncidentRig.COMMANDER, event -> { })) {
            return runtime.incident().state().lastSeq();
        }
    }

    private static Path benchRoot() throws IOException {
        Path root = Path.of(System.getProperty("warroom.bench.dir", "target/jmh/journals"));
        Files.createDirectories(root);
        return root;
    }
}
