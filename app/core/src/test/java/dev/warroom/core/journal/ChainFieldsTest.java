package dev.warroom.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.warroom.core.time.VirtualClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading only the chain fields of a line from its bytes gives what decoding it as JSON gives, for every line the
 * journal writes (quotes, backslashes and Chinese in actor and data included), and gives up on any other shape.
 */
class ChainFieldsTest {

    @TempDir
    Path dir;

    @Test
    void everyLineTheJournalWritesReadsTheSameFromItsBytesAsFromItsJson() throws Exception {
        byte[] bytes = journalOf(List.of("alice", "李雷 (commander)", "say \"hi\"", "back\\slash"));
        EventDecoder json = new EventDecoder(false);
        List<RawLine> lines = RawLine.split(bytes);
        assertThat(lines).hasSizeGreaterThan(4);
        for (RawLine line : lines) {
            DecodedLine expected = json.decode(bytes, line);
            DecodedLine chain = ChainFields.read(bytes, line, Hashing.sha256());
            assertThat(chain).as("line %d", line.number()).isNotNull();
            assertThat(List.of(chain.seq(), chain.type(), chain.prev(), chain.hash(), chain.hashMatches()))
                    .isEqualTo(List.of(expected.seq(), expected.type(), expected.prev(), expected.hash(), true));
        }
    }

    @Test
    void aChangedByteFailsTheHashAndAnotherShapeIsLeftToTheJsonReader() throws Exception {
        byte[] bytes = journalOf(List.of("alice"));
        RawLine first = RawLine.split(bytes).get(0);
        int inData = indexOf(bytes, "\"data\":{") + 9;
        bytes[inData] = (byte) (bytes[inData] == 'a' ? 'b' : 'a');
        assertThat(ChainFields.read(bytes, first, Hashing.sha256()).hashMatches()).isFalse();

        byte[] reordered = "{\"time\":\"2026-01-01T00:00:00Z\",\"seq\":1}".getBytes(StandardCharsets.UTF_8);
        assertThat(ChainFields.read(reordered, RawLine.split(reordered).get(0), Hashing.sha256())).isNull();
        byte[] spaced = new String(bytes, StandardCharsets.UTF_8).replaceFirst("\\{\"seq\":", "{\"seq\": ").getBytes(StandardCharsets.UTF_8);
        assertThat(ChainFields.read(spaced, RawLine.split(spaced).get(0), Hashing.sha256())).isNull();
    }

    private byte[] journalOf(List<String> actors) throws Exception {
        Path file = dir.resolve("chain.jsonl");
        try (Journal journal = Journal.create(file, new VirtualClock(Instant.parse("2026-11-21T03:00:00Z")))) {
            for (String actor : actors) {
                journal.append("note.added", actor, JsonNodeFactory.instance.objectNode().put("text", "主库不可用 \"quoted\" \\ " + actor)
                        .set("nested", JsonNodeFactory.instance.objectNode().put("b", 1).put("a", "x")));
                journal.append("state.changed", "warroom", JsonNodeFactory.instance.objectNode().put("resource", "db"));
            }
        }
        return Files.readAllBytes(file);
    }

    private static int indexOf(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).indexOf(text);
    }
}
