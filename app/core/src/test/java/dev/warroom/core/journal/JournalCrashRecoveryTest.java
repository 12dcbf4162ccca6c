package dev.warroom.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.journal.JournalProblem.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalCrashRecoveryTest {

    @TempDir
    Path dir;

    /** The bytes of a real fourth event, as the writer would have put it on disk. */
    private byte[] aFourthLine() throws Exception {
        Path other = dir.resolve("other.jsonl");
        JournalFiles.appendEvents(other, 4);
        return JournalFiles.lines(other).get(3).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aHalfWrittenLastLineIsReportedByVerifyAndCutOffOnOpen() throws Exception {
        Path file = dir.resolve("incident.jsonl");
        List<JournalEvent> acknowledged = JournalFiles.appendEvents(file, 3);
        byte[] torn = Arrays.copyOf(aFourthLine(), 57);
        Files.write(file, torn, StandardOpenOption.APPEND);

        Verdict before = JournalVerifier.verify(file);
        assertThat(before.ok()).isFalse();
        assertThat(before.message()).isEqualTo("the last line is incomplete (the writer crashed mid-write?)");
        assertThat(before.problem().orElseThrow().line()).isEqualTo(4);
        assertThat(before.eventCount()).isEqualTo(3);

        try (Journal journal = Journal.open(file, new SteppingClock())) {
            assertThat(journal.repairedBytes()).isEqualTo(57);
            assertThat(journal.events()).isEqualTo(acknowledged);
            JournalEvent next = journal.append("note", "commander", null);
            assertThat(next.seq()).isEqualTo(4);
            assertThat(next.prev()).isEqualTo(acknowledged.get(2).hash());
        }
        Verdict after = JournalVerifier.verify(file);
        assertThat(after.ok()).as(after.message()).isTrue();
        assertThat(after.eventCount()).isEqualTo(4);
    }

    @Test
    void aLastLineOfGarbageEndedByANewlineIsCutOffToo() throws Exception {
        Path file = dir.resolve("incident.jsonl");
        JournalFiles.appendEvents(file, 3);
        byte[] garbage = "\0\0\0\0{\"seq\":4,\"ti\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, garbage, StandardOpenOption.APPEND);

        assertThat(JournalVerifier.verify(file).message()).isEqualTo("line 4 is not a journal event (unreadable JSON)");
        try (Journal journal = Journal.open(file, new SteppingClock())) {
            assertThat(journal.repairedBytes()).isEqualTo(garbage.length);
            assertThat(journal.append("note", "commander", null).seq()).isEqualTo(4);
        }
        assertThat(JournalVerifier.verify(file).ok()).isTrue();
    }

    @Test
    void aCrashDuringTheFirstAppendLeavesAJournalThatStartsAfresh() throws Exception {
        Path file = dir.resolve("incident.jsonl");
        byte[] firstLine = JournalFiles.lines(fourEventJournal()).get(0).getBytes(StandardCharsets.UTF_8);
        Files.write(file, Arrays.copyOf(firstLine, 30));

        try (Journal journal = Journal.open(file, new SteppingClock())) {
            assertThat(journal.events()).isEmpty();
            JournalEvent first = journal.append("incident.opened", "commander", null);
            assertThat(first.seq()).isEqualTo(1);
            assertThat(first.prev()).isEqualTo(JournalEvent.NO_PREVIOUS);
        }
        assertThat(JournalVerifier.verify(file).ok()).isTrue();
    }

    @Test
    void anEmptyFileOpensAsAJournalWithNoEvents() throws Exception {
        Path file = Files.createFile(dir.resolve("incident.jsonl"));

        try (Journal journal = Journal.open(file, new SteppingClock())) {
            assertThat(journal.events()).isEmpty();
            assertThat(journal.repairedBytes()).isZero();
        }
    }

    @Test
    void damageBeforeTheLastLineIsNotRepairedButNamed() throws Exception {
        Path file = dir.resolve("incident.jsonl");
        JournalFiles.appendEvents(file, 4);
        List<String> lines = JournalFiles.lines(file);
        lines.set(1, lines.get(1).replace("\"mode\":\"forced\"", "\"mode\":\"normal\""));
        JournalFiles.writeLines(file, lines);
        byte[] damaged = Files.readAllBytes(file);

        assertThatThrownBy(() -> Journal.open(file, new SteppingClock()))
                .isInstanceOf(JournalCorruptException.class)
                .hasMessageContaining("line 2: event 2 (step.confirmed) was altered: its hash does not match its content")
                .satisfies(e -> assertThat(((JournalCorruptException) e).problem().kind()).isEqualTo(Kind.ALTERED));
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }

    @Test
    void aCompleteLastEventThatWasEditedIsNotMistakenForATornWrite() throws Exception {
        Path file = dir.resolve("incident.jsonl");
        JournalFiles.appendEvents(file, 3);
        List<String> lines = JournalFiles.lines(file);
        lines.set(2, lines.get(2).replace("\"actor\":\"system\"", "\"actor\":\"nobody\""));
        JournalFiles.writeLines(file, lines);

        assertThatThrownBy(() -> Journal.open(file, new SteppingClock()))
                .isInstanceOf(JournalCorruptException.class)
                .hasMessageContaining("event 3 (step.started) was altered");
        assertThat(JournalFiles.lines(file)).hasSize(3);
    }

    @Test
    void theOffsetContinuesFromTheLastEventAfterReopening() throws Exception {
        Path file = dir.resolve("incident.jsonl");
        List<JournalEvent> firstSession = JournalFiles.appendEvents(file, 3);
        long lastOffset = firstSession.get(2).offsetMillis();

        try (Journal journal = Journal.open(file, new SteppingClock())) {
            JournalEvent resumed = journal.append("incident.resumed", "commander", null);
            JournalEvent next = journal.append("note", "commander", null);
            assertThat(resumed.offsetMillis()).isGreaterThanOrEqualTo(lastOffset);
            assertThat(next.offsetMillis()).isGreaterThanOrEqualTo(resumed.offsetMillis());
        }
    }

    private Path fourEventJournal() throws Exception {
        Path other = dir.resolve("four.jsonl");
        JournalFiles.appendEvents(other, 4);
        return other;
    }
}
