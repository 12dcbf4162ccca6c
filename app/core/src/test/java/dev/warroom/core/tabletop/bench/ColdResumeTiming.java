package dev.warroom.core.tabletop.bench;

import dev.warroom.core.incident.IncidentRig;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.incident.ResumeReads;
import dev.warroom.core.journal.Journal;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.time.VirtualClock;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Resumes a long TABLETOP once, in this fresh JVM, and prints where the time went: for profiling the cold
 * path (with {@code -XX:StartFlightRecording} or {@code -Xlog:class+load}) and for timing it without JMH.
 *
 * <pre>
 * java -cp ... ColdResumeTiming write JOURNAL [EVENTS]   # once: an incident of EVENTS more events (100,000), then paused
 * java -cp ... ColdResumeTiming write-crashed JOURNAL [EVENTS]   # once: the same, killed just before its next running checkpoint
 * java -cp ... ColdResumeTiming resume JOURNAL           # resumes a copy of it (the journal itself is left as it is)
 * java -cp ... ColdResumeTiming resume-all JOURNAL       # the same without its checkpoint: every event decoded and folded
 * </pre>
 *
 * <p>Writing ends as a pause does: the incident is resumed once and closed, which leaves the checkpoint of its
 * fold beside the journal. {@code write-crashed} ends as a crash at the worst moment does: the incident is resumed,
 * writes its running checkpoint (its opening's checkpoint is ~95,000 events behind), and only once that is on disk
 * takes a checkpoint interval of events less one; then the process halts without closing anything.
 */
public final class ColdResumeTiming {

    /** {@code PeriodicCheckpoints.EVERY_EVENTS}: how many events a running incident goes between two checkpoints. */
    private static final int CHECKPOINT_EVERY = 5_000;

    private ColdResumeTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path journal = Path.of(args[1]);
        if (args[0].equals("write")) {
            LongIncidentJournal.write(journal, args.length > 2 ? Integer.parseInt(args[2]) : 100_000);
            resume(journal);
            System.out.println("wrote " + journal + " (" + Files.size(journal) + " bytes) and its checkpoint");
            return;
        }
        if (args[0].equals("write-crashed")) {
            int behind = CHECKPOINT_EVERY - 1;
            LongIncidentJournal.write(journal, (args.length > 2 ? Integer.parseInt(args[2]) : 100_000) - behind);
            crashBehindCheckpoint(journal, behind);
            return;
        }
        Path copy = Files.createTempFile(journal.toAbsolutePath().getParent(), "resume-", ".jsonl");
        Files.copy(journal, copy, StandardCopyOption.REPLACE_EXISTING);
        Path checkpoint = Path.of(journal + ".checkpoint");
        if (args[0].equals("resume") && Files.exists(checkpoint)) {
            Files.copy(checkpoint, Path.of(copy + ".checkpoint"), StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            resume(copy);
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(Path.of(copy + ".seal"));
            Files.deleteIfExists(Path.of(copy + ".checkpoint"));
        }
    }

    private static void resume(Path copy) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long planStart = System.nanoTime();
        Plan plan = IncidentRig.plan();
        long start = System.nanoTime();
        long cpuAtStart = processCpuNanos();
        long allocatedAtStart = allocatedBytes();
        VirtualClock[] clock = new VirtualClock[1];
        Journal journal = Journal.openToResume(copy, (List<JournalEvent> events) -> clock[0] = new VirtualClock(events.get(events.size() - 1).time()),
                ResumeReads.EVENT_TYPES);
        long opened = System.nanoTime();
        long cpuOpened = processCpuNanos();
        try (IncidentRuntime runtime = TabletopRuntime.resume(plan, journal, clock[0], false, IncidentRig.COMMANDER, event -> { })) {
            long ready = System.nanoTime();
            long cpuReady = processCpuNanos();
            long allocated = allocatedBytes() - allocatedAtStart;
            System.out.printf("checkpoint %s; events %d; JVM start to resume call %d ms (plan load %d ms); Journal.open %d ms (CPU %d ms); "
                    + "world rebuilt, fold and incident resumed %d ms (CPU %d ms); resume total %d ms (CPU %d ms, all threads; %d MB allocated by the threads still alive)%n",
                    journal.checkpoint().map(c -> "used (event " + c.seq() + ")").orElse(journal.checkpointIgnored().orElse("none")),
                    runtime.incident().state().lastSeq(), System.currentTimeMillis() - jvmStart - millis(start, System.nanoTime()),
                    millis(planStart, start), millis(start, opened), millis(cpuAtStart, cpuOpened), millis(opened, ready),
                    millis(cpuOpened, cpuReady), millis(start, ready), millis(cpuAtStart, cpuReady), allocated >> 20);
        }
    }

    private static void crashBehindCheckpoint(Path file, int behind) throws Exception {
        Path checkpoint = Path.of(file + ".checkpoint");
        VirtualClock[] clock = new VirtualClock[1];
        Journal journal = Journal.openToResume(file, (List<JournalEvent> events) -> clock[0] = new VirtualClock(events.get(events.size() - 1).time()),
                ResumeReads.EVENT_TYPES);
        IncidentRuntime running = TabletopRuntime.resume(IncidentRig.plan(), journal, clock[0], false, IncidentRig.COMMANDER, event -> { });
        long lastSeq = running.incident().lastSeq();
        // the checkpoint its opening left (event 38) is already there: wait for the one this resume takes, written a
        // moment after the resume, or the crash may come first and the next resume folds every event
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(2))
                .until(() -> checkpointSeq(checkpoint) > lastSeq - CHECKPOINT_EVERY);
        // the events the night goes on with, up to the moment before the next checkpoint would be taken
        LongIncidentJournal.extend(file, behind);
        System.out.println("wrote " + file + " (" + Files.size(file) + " bytes), its running checkpoint at event " + checkpointSeq(checkpoint)
                + " (the resume ended at event " + lastSeq + ") and " + behind + " events after it; crashing");
        Runtime.getRuntime().halt(0);
    }

    /** The event the checkpoint file folds up to (0 when there is none yet). */
    private static long checkpointSeq(Path checkpoint) throws java.io.IOException {
        if (!Files.exists(checkpoint)) {
            return 0;
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readAllBytes(checkpoint)).path("seq").asLong();
    }

    /** Bytes allocated on the heap so far by every thread alive now. */
    private static long allocatedBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(0, bytes);
        }
        return total;
    }

    /** CPU time of the whole process so far: the JIT's and the collector's threads too. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
