package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Journal conditions that need another process: a journal held by another WarRoom, and files the user
 * may not read or write (as root, the command runs without the capabilities that override permissions).
 */
@EnabledOnOs(OS.LINUX)
class JournalAccessProcessTest {

    @TempDir
    Path dir;

    @Test
    void resumeAndASecondRunAreToldAnotherWarRoomHoldsTheJournal() throws Exception {
        Path journal = dir.resolve("incident.jsonl");
        Process holder = new CliProcess(dir, Map.of()).start(dir.resolve("holder.out"), "run", Incidents.plan().toString(), "--mode",
                "tabletop", "--journal", journal.toString(), "--seed", Incidents.SEED);
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> !holder.isAlive() || Files.exists(journal) && Files.size(journal) > 0);
            assertThat(holder.isAlive()).as("the interactive run waits for its commander: %s",
                    Files.readString(dir.resolve("holder.out"))).isTrue();

            CliRun resume = CliRun.of("resume", journal.toString(), "--auto");
            assertThat(resume.exitCode()).as(resume.err()).isEqualTo(ExitCodes.JOURNAL_BUSY);
            assertThat(resume.err()).contains(journal + " is open in another WarRoom (in this process or another): that incident is"
                    + " being run there now; close it there first").doesNotContain("internal error");

            CliRun loser = Incidents.autoRun(journal);
            assertThat(loser.exitCode()).as(loser.err()).isEqualTo(ExitCodes.JOURNAL_BUSY);
            assertThat(loser.err()).contains(journal + " is being written by another WarRoom right now: it started an incident in"
                    + " this file first; choose another file for this one");
        } finally {
            holder.destroy();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void anUnreadableJournalIsSaidToBeUnreadable() throws Exception {
        Path finished = dir.resolve("finished.jsonl");
        assertThat(Incidents.autoRun(finished).exitCode()).isZero();
        List<String> lines = Files.readAllLines(finished, StandardCharsets.UTF_8);
        Path journal = Files.write(dir.resolve("crashed.jsonl"), lines.subList(0, 30), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(journal, PosixFilePermissions.fromString("---------"));

        Ran verify = unprivileged("verify", journal.toString());
        Ran resume = unprivileged("resume", journal.toString(), "--auto");

        for (Ran ran : List.of(verify, resume)) {
            assertThat(ran.exitCode()).as(ran.output()).isEqualTo(ExitCodes.JOURNAL_UNAVAILABLE);
            assertThat(ran.output()).contains("cannot read the journal " + journal + ": permission denied")
                    .doesNotContain("internal error");
        }
    }

    @Test
    void anUnwritableJournalFolderIsSaidToBeUnwritable() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path journal = folder.resolve("incident.jsonl");

        Ran run = unprivileged("run", Incidents.plan().toString(), "--mode", "tabletop", "--auto", "--journal", journal.toString());

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.JOURNAL_UNAVAILABLE);
        assertThat(run.output()).contains("cannot create the journal " + journal + ": permission denied (the journal and its folder "
                + folder + " must be writable)").doesNotContain("internal error");
        assertThat(journal).doesNotExist();
    }

    private record Ran(int exitCode, String output) {
    }

    /**
     * Runs the command as a user whom permissions bind: in this JVM for an ordinary user; for root, in a
     * JVM of its own without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, which otherwise let root read and
     * write anything.
     */
    private Ran unprivileged(String... args) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            CliRun run = CliRun.of(args);
            return new Ran(run.exitCode(), run.all());
        }
        List<String> command = new ArrayList<>(List.of("setpriv", "--inh-caps=-dac_override,-dac_read_search",
                "--bounding-set=-dac_override,-dac_read_search", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", WarRoomCli.class.getName()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile(dir, "unprivileged-", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("warroom " + String.join(" ", args) + " did not return: " + Files.readString(output));
        }
        return new Ran(process.exitValue(), Files.readString(output));
    }
}
