package dev.warroom.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.journal.JournalAccessException.Reason;
import dev.warroom.core.journal.JournalProblem.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Journals that cannot be used, each refused with a reason and words instead of a raw I/O error. */
class JournalAccessTest {

    @TempDir
    Path dir;

    @Test
    void aFolderIsNotAJournal() {
        assertThatThrownBy(() -> Journal.create(dir, new SteppingClock())).isInstanceOf(JournalAccessException.class)
                .hasMessage(dir + " is a folder, not a journal; name a file, e.g. " + dir.resolve("incident.jsonl"))
                .extracting(e -> ((JournalAccessException) e).reason()).isEqualTo(Reason.IS_FOLDER);
        assertThatThrownBy(() -> JournalVerifier.verify(dir)).isInstanceOf(JournalAccessException.class)
                .hasMessageContaining("is a folder, not a journal");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aDeviceIsNotAJournal() {
        Path full = Path.of("/dev/full");

        assertThatThrownBy(() -> Journal.create(full, new SteppingClock())).isInstanceOf(JournalAccessException.class)
                .hasMessage("/dev/full is not a plain file (a device, a pipe or a socket); a journal must be a file of its own,"
                        + " e.g. incident.jsonl");
    }

    @Test
    void aNewJournalIsNeverWrittenOverThePlan() throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.yaml"), "formatVersion: 1\nsystem: shop\n");

        assertThatThrownBy(() -> Journal.create(plan, new SteppingClock())).isInstanceOf(JournalAccessException.class)
                .hasMessage(plan + " already exists and is not a journal (30 bytes of something else: the plan?); a journal is never"
                        + " written over another file; choose a new file");
        assertThat(Files.readString(plan)).isEqualTo("formatVersion: 1\nsystem: shop\n");
    }

    @Test
    void thePlanIsNotAJournalToVerifyOrResume() throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.yaml"), "formatVersion: 1\nsystem: shop\nsites: []\n");

        assertThat(JournalVerifier.verify(plan).problem().orElseThrow().kind()).isEqualTo(Kind.NOT_A_JOURNAL);
        assertThat(JournalVerifier.verify(plan).message()).isEqualTo("this is not a WarRoom journal: none of its 3 lines is a"
                + " journal event");
        assertThatThrownBy(() -> JournalReader.readToResume(plan)).isInstanceOf(JournalAccessException.class)
                .hasMessage(plan + ": this is not a WarRoom journal: none of its 3 lines is a journal event");
        assertThatThrownBy(() -> Journal.open(plan, new SteppingClock())).isInstanceOf(JournalAccessException.class)
                .extracting(e -> ((JournalAccessException) e).reason()).isEqualTo(Reason.NOT_A_JOURNAL);
        assertThat(Files.readString(plan)).isEqualTo("formatVersion: 1\nsystem: shop\nsites: []\n");
    }

    @Test
    void anEmptyFileHoldsNoEvents() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.jsonl"));

        Verdict verdict = JournalVerifier.verify(empty);

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.message()).isEqualTo("the file is empty: it holds no events (nothing was ever recorded in it)");
    }

    @Test
    void aJournalHeldByAnotherWriterIsRefusedAsLocked() throws Exception {
        Path file = dir.resolve("j.jsonl");
        try (Journal first = Journal.create(file, new SteppingClock())) {
            assertThatThrownBy(() -> Journal.create(file, new SteppingClock())).isInstanceOf(JournalAccessException.class)
                    .hasMessage(file + " is being written by another WarRoom right now: it started an incident in this file first;"
                            + " choose another file for this one");
            first.append("incident.opened", "commander", null);
            assertThatThrownBy(() -> Journal.open(file, new SteppingClock())).isInstanceOf(JournalAccessException.class)
                    .extracting(e -> ((JournalAccessException) e).reason()).isEqualTo(Reason.LOCKED);
        }
    }

    @Test
    void aTornLastLineIsKeptAsideBesideTheJournalBeforeItIsCutOff() throws Exception {
        Path file = dir.resolve("incident.jsonl");
        JournalFiles.appendEvents(file, 3);
        byte[] torn = Arrays.copyOf("{\"seq\":4,\"time\":\"2026-03-14T09:00:04Z\",\"wall\":".getBytes(StandardCharsets.UTF_8), 40);
        Files.write(file, torn, StandardOpenOption.APPEND);

        Path keptAt;
        try (Journal journal = Journal.open(file, new SteppingClock())) {
            keptAt = journal.tornLineKeptAt().orElseThrow();
            assertThat(journal.repairedBytes()).isEqualTo(40);
        }

        assertThat(keptAt.getParent()).isEqualTo(dir);
        assertThat(keptAt.getFileName().toString()).matches("incident\\.jsonl\\.torn-\\d{8}T\\d{6}Z");
        assertThat(Files.readAllBytes(keptAt)).isEqualTo(torn);
        assertThat(JournalVerifier.verify(file).ok()).isTrue();
        try (Journal whole = Journal.open(file, new SteppingClock())) {
            assertThat(whole.tornLineKeptAt()).isEmpty();
        }
        assertThat(List.of(dir.toFile().list())).filteredOn(n -> n.contains(".torn-")).hasSize(1);
    }

    @Test
    void aFullDiskIsNamedAsSuch() {
        Path file = dir.resolve("j.jsonl");

        JournalAccessException full = JournalFailures.writing(file, "write event 7 (note) to",
                new java.io.IOException("No space left on device"));

        assertThat(full.reason()).isEqualTo(Reason.DISK_FULL);
        assertThat(full.getMessage()).isEqualTo("cannot write event 7 (note) to " + file + ": the disk is full");
    }
}
