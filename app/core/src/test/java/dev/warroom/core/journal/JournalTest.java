package dev.warroom.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void eventsReadBackExactlyAsAppended() throws Exception {
        Path file = dir.resolve("incident.jsonl");
        List<JournalEvent> appended = JournalFiles.appendEvents(file, 5);

        assertThat(JournalReader.read(file).events()).isEqualTo(appended);
        try (Journal reopened = Journal.open(file, new SteppingClock())) {
            assertThat(reopened.events()).isEqualTo(appended);
            assertThat(reopened.repairedBytes()).isZero();
        }
        Verdict verdict = JournalVerifier.verify(file);
        assertThat(verdict.ok()).isTrue();
        assertThat(verdict.eventCount()).isEqualTo(5);
        assertThat(verdict.lastHash()).isEqualTo(appended.get(4).hash());
        assertThat(verdict.message()).isEqualTo("ok: 5 events, chain intact, not sealed; head " + appended.get(4).hash());
    }

    @Test
    void eachEventCarriesTheHashOfThePreviousOne() throws Exception {
        List<JournalEvent> events = JournalFiles.appendEvents(dir.resolve("j.jsonl"), 4);

        assertThat(events).extracting(JournalEvent::seq).containsExactly(1L, 2L, 3L, 4L);
        assertThat(events.get(0).prev()).isEqualTo("0".repeat(64));
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).prev()).isEqualTo(events.get(i - 1).hash());
        }
        assertThat(events).extracting(JournalEvent::hash).doesNotHaveDuplicates().allMatch(h -> h.matches("[0-9a-f]{64}"));
    }

    @Test
    void anOutsideToolCanRecomputeEachHashFromTheLineAsStored() throws Exception {
        Path file = dir.resolve("j.jsonl");
        JournalFiles.appendEvents(file, 3);
        Pattern hashField = Pattern.compile(",\"hash\":\"([0-9a-f]{64})\"}\n$");

        for (String line : JournalFiles.lines(file)) {
            Matcher m = hashField.matcher(line);
            assertThat(m.find()).as(line).isTrue();
            String withoutHash = line.substring(0, m.start()) + "}";
            String prev = JSON.readTree(line).get("prev").textValue();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((prev + withoutHash).getBytes(StandardCharsets.UTF_8));
            assertThat(HexFormat.of().formatHex(sha.digest())).isEqualTo(m.group(1));
        }
    }

    @Test
    void eachLineIsOneCompactJsonObjectWithFieldsInTheDocumentedOrder() throws Exception {
        Path file = dir.resolve("j.jsonl");
        JournalFiles.appendEvents(file, 3);
        byte[] bytes = Files.readAllBytes(file);

        assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\r").contains("主库不可用，切换到备库");
        for (String line : JournalFiles.lines(file)) {
            JsonNode event = JSON.readTree(line);
            List<String> fields = new ArrayList<>();
            event.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("seq", "time", "wall", "offsetMillis", "actor", "type", "data", "prev", "hash");
        }
    }

    @Test
    void dataIsWrittenWithSortedKeysSoEqualDataHashesAlike() throws Exception {
        Path file = dir.resolve("j.jsonl");
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("zone", "b");
        data.putObject("answer").put("why", "region down").put("id", "failover");
        data.put("actorNote", "ok");
        try (Journal journal = Journal.create(file, new SteppingClock())) {
            journal.append("decision.taken", "commander", data);
        }

        assertThat(Files.readString(file))
                .contains("\"data\":{\"actorNote\":\"ok\",\"answer\":{\"id\":\"failover\",\"why\":\"region down\"},\"zone\":\"b\"}");
    }

    @Test
    void appendRedactsACopyAndLeavesTheCallersDataAlone() throws Exception {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.putObject("params").put("password", "hunter2-rotated");
        try (Journal journal = Journal.create(dir.resolve("j.jsonl"), new SteppingClock())) {
            JournalEvent event = journal.append("step.started", "commander", data);

            assertThat(data.get("params").get("password").textValue()).isEqualTo("hunter2-rotated");
            assertThat(event.data().get("params").get("password").textValue()).isEqualTo("[redacted]");
        }
    }

    @Test
    void timeIsIncidentTimeAndWallIsRealUtcTime() throws Exception {
        Instant before = Instant.now();
        List<JournalEvent> events = JournalFiles.appendEvents(dir.resolve("j.jsonl"), 2);
        Instant after = Instant.now();

        assertThat(events.get(0).time()).isEqualTo(Instant.parse("2026-03-14T09:00:00Z"));
        assertThat(events.get(1).time()).isEqualTo(Instant.parse("2026-03-14T09:00:01Z"));
        assertThat(events).allSatisfy(e -> assertThat(e.wall()).isBetween(before, after));
    }

    @Test
    void offsetsNeverGoBackwards() throws Exception {
        List<JournalEvent> events = JournalFiles.appendEvents(dir.resolve("j.jsonl"), 20);

        assertThat(events.get(0).offsetMillis()).isGreaterThanOrEqualTo(0);
        assertThat(events).extracting(JournalEvent::offsetMillis).isSorted();
    }

    @Test
    void createRefusesAJournalThatAlreadyHasEvents() throws Exception {
        Path file = dir.resolve("j.jsonl");
        JournalFiles.appendEvents(file, 2);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Journal.create(file, new SteppingClock()))
                .isInstanceOf(JournalAccessException.class)
                .hasMessageContaining("already holds an incident")
                .hasMessageContaining("resume it, or choose a new file");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void createAcceptsAnEmptyFileButNeverMakesAMissingFolder() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.jsonl"));
        try (Journal journal = Journal.create(empty, new SteppingClock())) {
            assertThat(journal.append("incident.opened", "commander", null).seq()).isEqualTo(1);
        }
        Path nested = dir.resolve("incidents/2026-03-14/journal.jsonl");
        assertThatThrownBy(() -> Journal.create(nested, new SteppingClock()))
                .isInstanceOf(JournalAccessException.class)
                .hasMessageContaining("the folder " + nested.getParent() + " does not exist; create it first");
        assertThat(dir.resolve("incidents")).doesNotExist();
    }

    @Test
    void openNamesAMissingJournal() {
        Path missing = dir.resolve("nope.jsonl");

        assertThatThrownBy(() -> Journal.open(missing, new SteppingClock()))
                .isInstanceOf(JournalAccessException.class)
                .hasMessageContaining("no journal at this path");
    }

    @Test
    void aSecondWriterCannotOpenAJournalInUse() throws Exception {
        Path file = dir.resolve("j.jsonl");
        try (Journal journal = Journal.create(file, new SteppingClock())) {
            journal.append("incident.opened", "commander", null);

            assertThatThrownBy(() -> Journal.open(file, new SteppingClock()))
                    .isInstanceOf(JournalAccessException.class)
                    .hasMessageContaining("is open in another WarRoom");
        }
        try (Journal reopened = Journal.open(file, new SteppingClock())) {
            assertThat(reopened.events()).hasSize(1);
        }
    }

    @Test
    void concurrentAppendsFormOneUnbrokenChain() throws Exception {
        Path file = dir.resolve("j.jsonl");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (Journal journal = Journal.create(file, new SteppingClock())) {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String actor = "writer-" + t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        journal.append("note", actor, JournalFiles.sampleData(i));
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            assertThat(journal.events()).extracting(JournalEvent::seq)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, 100).boxed().toList());
        } finally {
            pool.shutdown();
        }
        Verdict verdict = JournalVerifier.verify(file);
        assertThat(verdict.ok()).as(verdict.message()).isTrue();
        assertThat(verdict.eventCount()).isEqualTo(100);
    }

    @Test
    void eventsIsASnapshotThatCannotBeChanged() throws Exception {
        try (Journal journal = Journal.create(dir.resolve("j.jsonl"), new SteppingClock())) {
            journal.append("incident.opened", "commander", null);
            List<JournalEvent> snapshot = journal.events();
            journal.append("note", "commander", null);

            assertThat(snapshot).hasSize(1);
            assertThatThrownBy(snapshot::clear).isInstanceOf(UnsupportedOperationException.class);
            assertThat(journal.lastEvent()).map(JournalEvent::seq).contains(2L);
        }
    }

    @Test
    void anEventNeedsATypeAndAnActor() throws Exception {
        try (Journal journal = Journal.create(dir.resolve("j.jsonl"), new SteppingClock())) {
            assertThatThrownBy(() -> journal.append(" ", "commander", null)).hasMessage("an event's type must not be blank");
            assertThatThrownBy(() -> journal.append("note", null, null)).hasMessage("an event's actor must not be blank");
            assertThat(journal.events()).isEmpty();
        }
    }

    @Test
    void aClosedJournalTakesNoMoreEvents() throws Exception {
        Path file = dir.resolve("j.jsonl");
        Journal journal = Journal.create(file, new SteppingClock());
        journal.append("incident.opened", "commander", null);
        journal.close();
        journal.close();

        assertThatThrownBy(() -> journal.append("note", "commander", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is closed");
        assertThat(JournalReader.read(file).events()).hasSize(1);
    }
}
