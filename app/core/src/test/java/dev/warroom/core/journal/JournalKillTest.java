package dev.warroom.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 a process that is appending, at random moments; nothing it acknowledged may be lost. */
class JournalKillTest {

    private static final int ROUNDS = 5;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedEventSurvivesKillMinus9() throws Exception {
        Path file = dir.resolve("incident.jsonl");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        long acknowledged = 0;

        for (int round = 1; round <= ROUNDS; round++) {
            String context = "seed " + seed + ", round " + round;
            Path stderr = dir.resolve("child-" + round + ".err");
            Process child = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    JournalAppenderMain.class.getName(), file.toString())
                    .redirectError(stderr.toFile())
                    .start();
            int acknowledgementsBeforeKill = 1 + random.nextInt(120);
            try (BufferedReader acks = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                int seen = 0;
                String line;
                while (seen < acknowledgementsBeforeKill && (line = acks.readLine()) != null) {
                    acknowledged = Long.parseLong(line.trim());
                    seen++;
                }
                assertThat(seen).as(context + ": the child stopped early: " + Files.readString(stderr))
                        .isEqualTo(acknowledgementsBeforeKill);
                Thread.sleep(random.nextInt(15));
                // Process.destroyForcibly would also close our end of the pipe; the handle only sends SIGKILL,
                // so acknowledgements already in the pipe can still be read below.
                child.toHandle().destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).as(context).isTrue();
                while ((line = acks.readLine()) != null) {
                    acknowledged = Long.parseLong(line.trim());
                }
            } finally {
                child.destroyForcibly();
            }

            try (Journal resumed = Journal.open(file, new SteppingClock())) {
                List<JournalEvent> events = resumed.events();
                assertThat(events.size()).as(context + ": events after kill").isGreaterThanOrEqualTo((int) acknowledged);
                assertThat(events).extracting(JournalEvent::seq).as(context)
                        .containsExactlyElementsOf(LongStream.rangeClosed(1, events.size()).boxed().toList());
            }
            Verdict verdict = JournalVerifier.verify(file);
            assertThat(verdict.ok()).as(context + ": " + verdict.message()).isTrue();
            assertThat(verdict.eventCount()).as(context).isGreaterThanOrEqualTo((int) acknowledged);
        }
    }
}
