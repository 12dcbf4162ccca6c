package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentFold;
import dev.warroom.core.incident.JournalEventSink;
import dev.warroom.core.incident.ResumeChecks;
import dev.warroom.core.incident.StepStatus;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalVerifier;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Plan;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Done-when: a test kills a running {@code warroom run} (kill -9) at many different points; every
 * resume loses no confirmed event and re-runs no step unconfirmed. Each round starts the real command
 * in its own JVM, kills it once its journal holds a chosen number of events, resumes it with the
 * autopilot to the end, and checks the journal.
 */
class KillDashNineTest {

    /** Journal lengths to kill at, spread over a run of about 170 events. */
    private static final int[] KILL_AFTER = {1, 3, 20, 37, 45, 58, 62, 75, 90, 105, 120, 135, 150, 163};

    @TempDir
    Path dir;

    /** The complete events at the kill; {@code finishedFirst} when the incident had already ended, so there is nothing to resume. */
    private record Killed(List<JournalEvent> before, boolean finishedFirst) {
    }

    @Test
    void killedAtManyPointsEveryResumeKeepsEveryEventAndRerunsNothingUnconfirmed() throws Exception {
        Plan plan = new PlanLoader().load(Incidents.plan()).plan().orElseThrow();
        Set<Integer> killedAt = new TreeSet<>();
        List<String> runningAtKill = new ArrayList<>();
        for (int round = 0; round < KILL_AFTER.length; round++) {
            Path journal = dir.resolve("round-" + round + ".jsonl");
            Killed killed = runAndKill(journal, KILL_AFTER[round], 100 + round);
            if (killed.finishedFirst()) {
                continue;
            }
            List<JournalEvent> before = killed.before();
            killedAt.add(before.size());
            IncidentFold.fold(plan, incidentEvents(before)).procedures().stream()
                    .flatMap(p -> p.steps().stream()).filter(s -> s.status() == StepStatus.RUNNING)
                    .forEach(s -> runningAtKill.add(s.stepId()));

            CliRun resume = CliRun.of("resume", journal.toString(), "--auto");

            String label = "round " + round + ", killed after " + before.size() + " events";
            assertThat(resume.exitCode()).as("%s: %s", label, resume.err()).isZero();
            assertThat(resume.out()).as(label).contains("Incident resolved");
            List<JournalEvent> after = Incidents.events(journal);
            assertThat(after.subList(0, before.size())).as(label).isEqualTo(before);
            assertThat(after.get(before.size()).type()).as(label).isEqualTo(EventTypes.RESUMED);
            assertThat(after.get(after.size() - 1).type()).as(label).isEqualTo(EventTypes.RESOLVED);
            assertThat(JournalVerifier.verify(journal).ok()).as(label).isTrue();
            assertThat(ResumeChecks.violations(incidentEvents(after))).as(label).isEmpty();
        }
        assertThat(killedAt).as("distinct kill points (events in the journal at the kill)").hasSizeGreaterThanOrEqualTo(10);
        System.out.println("kill -9 landed after " + killedAt + " events; steps running at a kill: " + runningAtKill);
    }

    /** Starts {@code warroom run --auto} in a child JVM and kills it as soon as its journal holds {@code events} lines. */
    private Killed runAndKill(Path journal, int events, long seed) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                WarRoomCli.class.getName(), "run", Incidents.plan().toString(), "--mode", "tabletop", "--auto",
                "--journal", journal.toString(), "--seed", Long.toString(seed))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(journal.getFileName() + ".out").toFile())
                .start();
        try {
            boolean reached = waitForLines(journal, events, child);
            child.destroyForcibly();
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the killed child did not end");
            }
            List<JournalEvent> before = completeEvents(journal);
            boolean over = before.stream().anyMatch(e -> e.type().equals(EventTypes.RESOLVED));
            return new Killed(before, !reached || over);
        } finally {
            child.destroyForcibly();
        }
    }

    /** Counts journal lines as they are written; false if the child ended first. */
    private static boolean waitForLines(Path journal, int wanted, Process child) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        await("the child to create its journal or end").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(1))
                .until(() -> Files.exists(journal) || !child.isAlive());
        if (!Files.exists(journal)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            int lines = 0;
            while (lines < wanted) {
                buffer.clear();
                int read = channel.read(buffer);
                if (read > 0) {
                    for (int i = 0; i < read; i++) {
                        if (buffer.get(i) == '\n') {
                            lines++;
                        }
                    }
                } else if (!child.isAlive() || System.nanoTime() > deadline) {
                    return false;
                } else {
                    Thread.onSpinWait();
                }
            }
            return true;
        }
    }

    /** The events on complete lines: a line the kill cut short was never acknowledged. */
    private Path completeLines(Path journal) throws IOException {
        byte[] bytes = Files.readAllBytes(journal);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        return Files.write(dir.resolve("complete-" + journal.getFileName()), java.util.Arrays.copyOf(bytes, end));
    }

    private List<JournalEvent> completeEvents(Path journal) throws IOException {
        return Incidents.events(completeLines(journal));
    }

    private static List<IncidentEvent> incidentEvents(List<JournalEvent> events) {
        return events.stream().map(JournalEventSink::toIncidentEvent).toList();
    }
}
