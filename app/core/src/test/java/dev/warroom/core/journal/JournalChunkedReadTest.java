package dev.warroom.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.journal.JournalProblem.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long journal is read and hashed in chunks on several threads: what it finds must not depend on where the
 * chunks were cut. Damage in the middle of a chunk, or right at the start of one, is named as in a journal
 * read in one piece, on the same line.
 */
class JournalChunkedReadTest {

    private static final int EVENTS = 6_000;

    @TempDir
    Path dir;
    Path file;
    List<String> lines;

    @BeforeEach
    void aJournalLongEnoughToBeCut() throws Exception {
        file = dir.resolve("incident.jsonl");
        JournalFiles.writeUnsynced(file, EVENTS);
        lines = JournalFiles.lines(file);
        assertThat(Files.size(file)).as("several chunks of at least 1 MiB").isGreaterThan(2L * ChunkedDecode.MIN_CHUNK_BYTES);
    }

    @Test
    void aLongIntactJournalResumesWithEveryEventAndItsData() throws Exception {
        try (Journal journal = Journal.open(file, new SteppingClock())) {
            List<JournalEvent> events = journal.events();
            assertThat(events).hasSize(EVENTS);
            for (int i = 0; i < EVENTS; i++) {
                assertThat(events.get(i).seq()).isEqualTo(i + 1L);
            }
            assertThat(events.get(4_321).data()).isEqualTo(SecretRedactor.redact(JournalFiles.sampleData(4_322)));
            assertThat(events.get(EVENTS - 1).prev()).isEqualTo(events.get(EVENTS - 2).hash());
        }
    }

    @Test
    void anEventAlteredInTheMiddleOfAChunkIsNamedWhenResuming() throws Exception {
        int altered = 3_777;
        lines.set(altered - 1, lines.get(altered - 1).replace("主库不可用", "主库可用"));
        JournalFiles.writeLines(file, lines);

        assertThatThrownBy(() -> Journal.open(file, new SteppingClock()))
                .isInstanceOf(JournalCorruptException.class)
                .hasMessageContaining("is damaged, line 3777: event 3777 (" + JournalFiles.sampleType(altered)
                        + ") was altered: its hash does not match its content");
        assertThat(JournalVerifier.verify(file).problem().orElseThrow().line()).isEqualTo(altered);
    }

    @Test
    void whereverTheChunksAreCutEveryLineDecodesAsInOnePiece() {
        byte[] bytes = String.join("", lines).getBytes(StandardCharsets.UTF_8);
        List<DecodedLine> whole = ChunkedDecode.decode(bytes, true, 1);
        for (int chunks : new int[] {2, 3, 7, 64}) {
            assertThat(ChunkedDecode.decode(bytes, true, chunks)).as(chunks + " chunks").isEqualTo(whole);
        }
    }

    @Test
    void cutByCostAroundACheckpointEveryLineDecodesAsInOnePiece() {
        byte[] bytes = String.join("", lines).getBytes(StandardCharsets.UTF_8);
        for (long checkpointSeq : new long[] {1, 1_000, 4_000, EVENTS - 10, EVENTS}) {
            EventDecoder.DataWanted afterIt = (seq, type) -> seq < 1 || seq > checkpointSeq || type == null;
            List<DecodedLine> whole = ChunkedDecode.decodeChainOnly(bytes, afterIt, 1);
            List<DecodedLine> cut = ChunkedDecode.decodeChainOnlyUpTo(bytes, afterIt, checkpointSeq);
            assertThat(cut).as("checkpoint at " + checkpointSeq).isEqualTo(whole);
            assertThat(cut.stream().filter(line -> line.event() != null).count()).isEqualTo(EVENTS - checkpointSeq);
        }
    }

    @Test
    void anEventRemovedAtTheStartOfAChunkIsNamedOnItsLine() {
        byte[] whole = String.join("", lines).getBytes(StandardCharsets.UTF_8);
        int cut = 2_000;
        List<String> edited = new ArrayList<>(lines);
        edited.remove(cut);
        byte[] bytes = String.join("", edited).getBytes(StandardCharsets.UTF_8);
        int chunks = (int) Math.round((double) whole.length / String.join("", lines.subList(0, cut)).getBytes(StandardCharsets.UTF_8).length);

        for (int n : new int[] {1, chunks, 4, 13}) {
            List<JournalProblem> problems = ChainWalk.firstProblem(ChunkedDecode.decode(bytes, false, n)).problems();
            assertThat(problems).as(n + " chunks").hasSize(1);
            assertThat(problems.get(0).kind()).isEqualTo(Kind.MISSING);
            assertThat(problems.get(0).message()).isEqualTo("event 2001 is missing: seq jumps from 2000 to 2002");
            assertThat(problems.get(0).line()).isEqualTo(2_001);
        }
    }

    @Test
    void aTornLastLineStaysTheLastLineOfTheLastChunk() {
        String torn = lines.get(EVENTS - 1).substring(0, 100);
        List<String> edited = new ArrayList<>(lines.subList(0, EVENTS - 1));
        edited.add(torn);
        byte[] bytes = String.join("", edited).getBytes(StandardCharsets.UTF_8);

        List<DecodedLine> decoded = ChunkedDecode.decode(bytes, false, 5);
        assertThat(decoded).hasSize(EVENTS);
        DecodedLine last = decoded.get(EVENTS - 1);
        assertThat(last.raw().number()).isEqualTo(EVENTS);
        assertThat(last.raw().terminated()).isFalse();
        assertThat(decoded.subList(0, EVENTS - 1)).allMatch(DecodedLine::isIntactEvent);
    }
}
