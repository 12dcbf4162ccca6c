package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.journal.Journal;
import dev.warroom.core.time.VirtualClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Journal conditions a person can fix: each ends with a sentence and an exit code that means something, never "internal error". */
class JournalErrorsTest {

    @TempDir
    Path dir;

    private static void assertWorded(CliRun run, int exitCode, String words) {
        assertThat(run.err()).as("stderr").contains(words).doesNotContain("internal error").doesNotContain("Exception");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aJournalOnDevFullIsRefusedBeforeAnythingStarts() {
        CliRun run = Incidents.autoRun(Path.of("/dev/full"));

        assertWorded(run, ExitCodes.USAGE, "/dev/full is not a plain file (a device, a pipe or a socket); a journal must be a file"
                + " of its own");
    }

    @Test
    void aJournalThatIsAFolderIsRefused() {
        CliRun run = Incidents.autoRun(dir);

        assertWorded(run, ExitCodes.USAGE, dir + " is a folder, not a journal; name a file, e.g. " + dir.resolve("incident.jsonl"));
    }

    @Test
    void thePlanGivenAsTheJournalIsNeverWrittenOver() throws Exception {
        Path plan = Files.copy(Incidents.plan(), dir.resolve("plan.yaml"));
        byte[] before = Files.readAllBytes(plan);

        CliRun run = Incidents.autoRun(plan);

        assertWorded(run, ExitCodes.USAGE, plan + " already exists and is not a journal (" + before.length + " bytes of something"
                + " else: the plan?); a journal is never written over another file");
        assertThat(run.err()).doesNotContain("resume");
        assertThat(Files.readAllBytes(plan)).isEqualTo(before);
    }

    @Test
    void aMissingJournalFolderIsRefusedAndNotCreated() {
        Path journal = dir.resolve("typo/incident.jsonl");

        CliRun run = Incidents.autoRun(journal);

        assertWorded(run, ExitCodes.USAGE, "the folder " + dir.resolve("typo") + " does not exist; create it first");
        assertThat(dir.resolve("typo")).doesNotExist();
    }

    @Test
    void theLoserOfTwoRunsCreatingOneJournalIsToldAnotherWarRoomIsWritingIt() throws Exception {
        Path journal = dir.resolve("incident.jsonl");
        try (Journal winner = Journal.create(journal, new VirtualClock(Instant.parse("2026-03-14T09:00:00Z")))) {
            CliRun loser = Incidents.autoRun(journal);

            assertWorded(loser, ExitCodes.JOURNAL_BUSY, journal + " is being written by another WarRoom right now: it started an"
                    + " incident in this file first; choose another file for this one");
            assertThat(winner.events()).isEmpty();
        }
    }

    @Test
    void resumingAFileThatIsNotJsonSaysItIsNotAJournal() throws Exception {
        Path plan = Files.copy(Incidents.plan(), dir.resolve("plan.yaml"));

        CliRun run = CliRun.of("resume", plan.toString(), "--auto");

        assertWorded(run, ExitCodes.USAGE, plan + ": this is not a WarRoom journal: none of its");
        assertThat(run.err()).doesNotContain("holds no incident");
    }

    @Test
    void resumingATamperedJournalNamesTheDamage() throws Exception {
        Path journal = dir.resolve("incident.jsonl");
        Incidents.autoRun(journal);
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        List<String> tampered = new java.util.ArrayList<>(lines.subList(0, 30));
        tampered.set(9, tampered.get(9).replaceFirst("\"wall\":\"2", "\"wall\":\"1"));
        Path crashed = Files.write(dir.resolve("crashed.jsonl"), tampered, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("resume", crashed.toString(), "--auto");

        assertWorded(run, ExitCodes.JOURNAL_DAMAGED, crashed + " is damaged, line 10: event 10 (");
        assertThat(run.err()).contains("was altered: its hash does not match its content");
    }

    @Test
    void verifyingAnEmptyFileSaysItHoldsNoEvents() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.jsonl"));

        CliRun run = CliRun.of("verify", empty.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(run.err()).contains(empty + ": the file is empty: it holds no events");
        assertThat(run.out()).doesNotContain("ok");
    }

    @Test
    void aTornLastLineIsKeptAsideAndResumeSaysWhere() throws Exception {
        Path journal = dir.resolve("incident.jsonl");
        Incidents.autoRun(journal);
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        Path crashed = Files.write(dir.resolve("crashed.jsonl"), lines.subList(0, 30), StandardCharsets.UTF_8);
        String torn = lines.get(30).substring(0, 45);
        Files.writeString(crashed, torn, StandardOpenOption.APPEND);

        CliRun run = CliRun.of("resume", crashed.toString(), "--auto");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Path> aside;
        try (var files = Files.list(dir)) {
            aside = files.filter(f -> f.getFileName().toString().startsWith("crashed.jsonl.torn-")).toList();
        }
        assertThat(aside).hasSize(1);
        assertThat(Files.readString(aside.get(0))).isEqualTo(torn);
        assertThat(run.out()).contains("a torn last line of 45 bytes (a write the crash cut short) was cut off the journal and kept in "
                + aside.get(0));
    }

    @Test
    void helpListsWhatEachExitCodeMeans() {
        CliRun run = CliRun.of("help", "resume");

        assertThat(run.out()).contains("Exit codes:")
                .containsPattern("\\n +5 +The journal is damaged")
                .containsPattern("\\n +6 +Another WarRoom has the journal open")
                .containsPattern("\\n +7 +The journal or its folder cannot be read or written")
                .containsPattern("\\n +70 +Internal error");
    }
}
