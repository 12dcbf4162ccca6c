package dev.warroom.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.journal.JournalProblem.Kind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attacks a hash chain alone cannot see, caught by the seal written when the incident closes. */
class JournalSealTest {

    @TempDir
    Path dir;

    private Path file;
    private List<JournalEvent> events;

    @BeforeEach
    void aClosedAndSealedJournalOf30Events() throws Exception {
        file = dir.resolve("incident.jsonl");
        try (Journal journal = Journal.create(file, new SteppingClock())) {
            for (int i = 1; i <= 30; i++) {
                journal.append(JournalFiles.sampleType(i), "commander", JournalFiles.sampleData(i));
            }
            JournalSeal seal = journal.seal();
            assertThat(seal.number()).isEqualTo(1);
            assertThat(seal.events()).isEqualTo(30);
            assertThat(seal.head()).isEqualTo(journal.head());
            events = journal.events();
        }
    }

    @Test
    void anUntouchedSealedJournalVerifiesAndSaysWhereItWasSealed() throws Exception {
        Verdict verdict = JournalVerifier.verify(file);

        assertThat(verdict.ok()).as(verdict.message()).isTrue();
        assertThat(verdict.message()).startsWith("ok: 30 events, chain intact, sealed at event 30 (seal 1, ")
                .endsWith("; head " + events.get(29).hash());
        assertThat(SealFile.of(file)).hasFileName("incident.jsonl.seal");
    }

    @Test
    void theLastLineDeletedIsCaught() throws Exception {
        List<String> lines = JournalFiles.lines(file);
        JournalFiles.writeLines(file, lines.subList(0, 29));

        JournalProblem problem = JournalVerifier.verify(file).problem().orElseThrow();

        assertThat(problem.kind()).isEqualTo(Kind.ENDS_BEFORE_SEAL);
        assertThat(problem.message()).isEqualTo("the journal ends at event 29, but seal 1 recorded 30 events: event 30 was removed"
                + " from its end");
    }

    @Test
    void theLastTenLinesDeletedAreCaught() throws Exception {
        JournalFiles.writeLines(file, JournalFiles.lines(file).subList(0, 20));

        assertThat(JournalVerifier.verify(file).message())
                .isEqualTo("the journal ends at event 20, but seal 1 recorded 30 events: events 21 to 30 were removed from its end");
    }

    @Test
    void aForgedLineAppendedWithACorrectHashIsCaught() throws Exception {
        List<String> lines = new ArrayList<>(JournalFiles.lines(file));
        ObjectNode data = JournalFiles.sampleData(31).put("output", "all good, promoted by the book");
        lines.add(line(new EventEncoder().encode(31, events.get(29).time().plusSeconds(1), events.get(29).wall().plusSeconds(1),
                events.get(29).offsetMillis() + 1000, "commander", "note", data, events.get(29).hash())));
        JournalFiles.writeLines(file, lines);
        assertThat(JournalReader.read(file).clean()).as("the chain alone holds").isTrue();

        Verdict verdict = JournalVerifier.verify(file);

        assertThat(verdict.problem().orElseThrow().kind()).isEqualTo(Kind.AFTER_SEAL);
        assertThat(verdict.message()).startsWith("event 31 comes after the last seal (seal 1, at event 30) and no seal covers it");
    }

    @Test
    void anEditFollowedByRechainingIsCaught() throws Exception {
        Path forged = dir.resolve("forged.jsonl");
        List<String> rechained = new ArrayList<>();
        EventEncoder encoder = new EventEncoder();
        String prev = JournalEvent.NO_PREVIOUS;
        for (JournalEvent e : events) {
            ObjectNode data = e.seq() == 12 ? e.data().deepCopy().put("output", "lag 0s") : e.data();
            EventEncoder.Encoded encoded = encoder.encode(e.seq(), e.time(), e.wall(), e.offsetMillis(), e.actor(), e.type(), data, prev);
            rechained.add(line(encoded));
            prev = encoded.event().hash();
        }
        JournalFiles.writeLines(forged, rechained);
        Files.copy(SealFile.of(file), SealFile.of(forged));
        assertThat(JournalReader.read(forged).clean()).as("the chain alone holds").isTrue();

        Verdict verdict = JournalVerifier.verify(forged);

        assertThat(verdict.problem().orElseThrow().kind()).isEqualTo(Kind.DISAGREES_WITH_SEAL);
        assertThat(verdict.message()).isEqualTo("event 30 is not the one seal 1 recorded (its hash differs): the journal was"
                + " rewritten after it was sealed, its events edited and the chain recomputed");
    }

    @Test
    void anEventAddedAfterTheCloseWritesASealThatSupersedesTheFirst() throws Exception {
        try (Journal journal = Journal.open(file, new SteppingClock())) {
            assertThat(journal.latestSeal()).map(JournalSeal::events).contains(30L);
            journal.append("report.author", "dana", null);
            JournalSeal second = journal.latestSeal().orElseThrow();
            assertThat(second.number()).isEqualTo(2);
            assertThat(second.events()).isEqualTo(31);
            assertThat(second.head()).isEqualTo(journal.head());
        }
        List<String> seals = Files.readAllLines(SealFile.of(file));
        assertThat(seals).hasSize(2);
        assertThat(seals.get(1)).contains("\"supersedes\":\"" + JournalSeal.hashOf(1, 30, events.get(29).hash(),
                java.time.Instant.parse(seals.get(0).replaceAll(".*\"sealedAt\":\"([^\"]+)\".*", "$1")), JournalEvent.NO_PREVIOUS));

        Verdict verdict = JournalVerifier.verify(file);
        assertThat(verdict.ok()).as(verdict.message()).isTrue();
        assertThat(verdict.message()).startsWith("ok: 31 events, chain intact, sealed at event 31 (seal 2, ");
    }

    @Test
    void aSealFileEditedByHandOrCutBackIsCaught() throws Exception {
        try (Journal journal = Journal.open(file, new SteppingClock())) {
            journal.append("report.author", "dana", null);
        }
        List<String> seals = Files.readAllLines(SealFile.of(file));
        Files.writeString(SealFile.of(file), seals.get(1) + "\n");

        assertThat(JournalVerifier.verify(file).message()).startsWith("the seal file " + SealFile.of(file) + " is damaged, line 1:"
                + " seal 1 was expected, but the line holds seal 2");

        Files.writeString(SealFile.of(file), seals.get(0).replace("\"events\":30", "\"events\":29") + "\n");
        assertThat(JournalVerifier.verify(file).message()).contains("line 1: seal 1 was altered: its hash does not match its content");
    }

    @Test
    void resumingOrReopeningASealedJournalThatWasCutBackIsRefusedWithTheDamageNamed() throws Exception {
        JournalFiles.writeLines(file, JournalFiles.lines(file).subList(0, 20));

        assertThatThrownBy(() -> JournalReader.readToResume(file)).isInstanceOf(JournalCorruptException.class)
                .hasMessageContaining("events 21 to 30 were removed from its end");
        assertThatThrownBy(() -> Journal.open(file, new SteppingClock())).isInstanceOf(JournalCorruptException.class)
                .hasMessageContaining("seal 1 recorded 30 events");
    }

    @Test
    void aHeadCopiedElsewhereShowsEventsCutOffAnUnsealedJournal() throws Exception {
        Files.delete(SealFile.of(file));
        String copiedHead = events.get(29).hash();
        JournalFiles.writeLines(file, JournalFiles.lines(file).subList(0, 27));

        Verdict verdict = JournalVerifier.verify(file);

        assertThat(verdict.ok()).isTrue();
        assertThat(verdict.checkHead(copiedHead)).contains("the journal's head is " + events.get(26).hash() + " (event 27), not the"
                + " expected " + copiedHead + ": no event in the journal has that hash, so events were removed from its end or the"
                + " journal was rewritten since the head was copied (or the hash belongs to another journal)");
        assertThat(verdict.checkHead(events.get(24).hash())).contains("the journal's head is " + events.get(26).hash()
                + " (event 27), not the expected " + events.get(24).hash() + ": the expected head is event 25, so events 26 to 27"
                + " were added after it was copied");
        assertThat(verdict.checkHead(events.get(26).hash().toUpperCase(java.util.Locale.ROOT))).isEmpty();
    }

    @Test
    void aNewJournalIsRefusedWhereTheSealOfAnEarlierOneStillLies() throws Exception {
        Files.delete(file);

        assertThatThrownBy(() -> Journal.create(file, new SteppingClock())).isInstanceOf(JournalAccessException.class)
                .hasMessageContaining("the seal of an earlier journal named " + file + " is still beside it");
    }

    private static String line(EventEncoder.Encoded encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(encoded.line());
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
