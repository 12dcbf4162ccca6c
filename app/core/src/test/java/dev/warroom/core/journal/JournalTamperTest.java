package dev.warroom.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.journal.JournalProblem.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits someone might make to a journal, and the words verify finds for each. */
class JournalTamperTest {

    @TempDir
    Path dir;
    Path file;
    List<JournalEvent> events;
    List<String> lines;

    @BeforeEach
    void sixEvents() throws Exception {
        file = dir.resolve("incident.jsonl");
        events = JournalFiles.appendEvents(file, 6);
        lines = JournalFiles.lines(file);
    }

    private JournalProblem problemAfterWriting(List<String> edited) throws Exception {
        JournalFiles.writeLines(file, edited);
        Verdict verdict = JournalVerifier.verify(file);
        assertThat(verdict.ok()).isFalse();
        return verdict.problem().orElseThrow();
    }

    @Test
    void anIntactJournalVerifies() throws Exception {
        Verdict verdict = JournalVerifier.verify(file);

        assertThat(verdict.ok()).isTrue();
        assertThat(verdict.problem()).isEmpty();
        assertThat(verdict.eventCount()).isEqualTo(6);
    }

    @Test
    void aRemovedEventIsNamed() throws Exception {
        lines.remove(2);
        JournalProblem problem = problemAfterWriting(lines);

        assertThat(problem.kind()).isEqualTo(Kind.MISSING);
        assertThat(problem.message()).isEqualTo("event 3 is missing: seq jumps from 2 to 4");
        assertThat(problem.seq()).hasValue(3);
        assertThat(problem.line()).isEqualTo(3);
    }

    @Test
    void removedFirstAndSeveralEventsAreNamed() throws Exception {
        JournalProblem first = problemAfterWriting(lines.subList(1, 6));
        assertThat(first.message()).isEqualTo("event 1 is missing: the journal starts at event 2");

        JournalProblem several = problemAfterWriting(List.of(lines.get(0), lines.get(1), lines.get(4), lines.get(5)));
        assertThat(several.message()).isEqualTo("events 3 to 4 are missing: seq jumps from 2 to 5");
    }

    @Test
    void swappedEventsAreOutOfOrder() throws Exception {
        List<String> swapped = List.of(lines.get(0), lines.get(1), lines.get(3), lines.get(2), lines.get(4), lines.get(5));
        JournalProblem problem = problemAfterWriting(swapped);

        assertThat(problem.kind()).isEqualTo(Kind.OUT_OF_ORDER);
        assertThat(problem.message()).isEqualTo("event 3 is out of order: line 3 holds event 4, and event 3 comes later, on line 4");
    }

    @Test
    void anEventMovedToTheEndIsOutOfOrder() throws Exception {
        List<String> moved = List.of(lines.get(0), lines.get(2), lines.get(3), lines.get(4), lines.get(5), lines.get(1));
        JournalProblem problem = problemAfterWriting(moved);

        assertThat(problem.message()).isEqualTo("event 2 is out of order: line 2 holds event 3, and event 2 comes later, on line 6");
    }

    @Test
    void aDuplicatedEventIsNamed() throws Exception {
        lines.add(3, lines.get(2));
        JournalProblem problem = problemAfterWriting(lines);

        assertThat(problem.kind()).isEqualTo(Kind.DUPLICATED);
        assertThat(problem.message()).isEqualTo("event 3 (step.started) is duplicated: line 4 repeats line 3");
    }

    @Test
    void anEventBroughtBackLaterIsOutOfOrder() throws Exception {
        List<String> edited = new ArrayList<>(lines);
        edited.add(JournalFiles.lines(resealed(1, "step-2", "step-99")).get(1));
        JournalProblem problem = problemAfterWriting(edited);

        assertThat(problem.kind()).isEqualTo(Kind.OUT_OF_ORDER);
        assertThat(problem.message()).isEqualTo("event 2 (step.confirmed) is out of order: it is on line 7, after event 6");
    }

    @Test
    void aFileCutMidLineEndsIncomplete() throws Exception {
        String all = String.join("", lines);
        int cut = all.indexOf(lines.get(4)) + lines.get(4).length() / 2;
        JournalProblem problem = problemAfterWriting(List.of(all.substring(0, cut)));

        assertThat(problem.kind()).isEqualTo(Kind.INCOMPLETE_LAST_LINE);
        assertThat(problem.message()).isEqualTo("the last line is incomplete (the writer crashed mid-write?)");
        assertThat(problem.line()).isEqualTo(5);
    }

    @Test
    void aLineCutShortInTheMiddleIsNotAnEvent() throws Exception {
        lines.set(2, lines.get(2).substring(0, lines.get(2).length() / 2) + "\n");
        JournalProblem problem = problemAfterWriting(lines);

        assertThat(problem.kind()).isEqualTo(Kind.NOT_AN_EVENT);
        assertThat(problem.message()).isEqualTo("line 3 is not a journal event (unreadable JSON)");
        assertThat(problem.seq()).isEmpty();
    }

    @Test
    void anEditedValueIsAnAlteredEvent() throws Exception {
        lines.set(4, lines.get(4).replace("\"mode\":\"forced\"", "\"mode\":\"normal\""));
        JournalProblem problem = problemAfterWriting(lines);

        assertThat(problem.kind()).isEqualTo(Kind.ALTERED);
        assertThat(problem.message()).isEqualTo("event 5 (note) was altered: its hash does not match its content");
        assertThat(problem.type()).contains("note");
    }

    @Test
    void anEditThatReadsTheSameAfterParsingIsStillCaught() throws Exception {
        String escaped = lines.get(1).replace("\"actor\":\"李雷 (commander)\"", "\"actor\":\"\\u674e雷 (commander)\"");
        assertThat(escaped).isNotEqualTo(lines.get(1));
        lines.set(1, escaped);
        JournalProblem problem = problemAfterWriting(lines);

        assertThat(problem.message()).isEqualTo("event 2 (step.confirmed) was altered: its hash does not match its content");
    }

    @Test
    void anEventReplacedWithAFreshlyHashedForgeryBreaksTheLinkToTheNextOne() throws Exception {
        lines.set(2, JournalFiles.lines(resealed(2, "step-3", "step-9")).get(2));
        JournalProblem problem = problemAfterWriting(lines);

        assertThat(problem.kind()).isEqualTo(Kind.BROKEN_LINK);
        assertThat(problem.message())
                .isEqualTo("event 4 (step.verified) does not follow event 3: its prev is not the hash of event 3 (an event was replaced?)");
    }

    @Test
    void blankLinesAndWindowsLineEndingsAreNotEvents() throws Exception {
        lines.add(3, "\n");
        assertThat(problemAfterWriting(lines).message()).isEqualTo("line 4 is not a journal event (empty line)");

        List<String> crlf = JournalFiles.lines(dir.resolve("incident.jsonl")).stream()
                .map(l -> l.replace("\n", "\r\n")).toList();
        assertThat(problemAfterWriting(crlf).message()).startsWith("line 1 is not a journal event (it ends with a carriage return");
    }

    @Test
    void eventsCutOffTheEndLeaveAShorterIntactChainWhoseCountAndLastHashTellTheDifference() throws Exception {
        JournalFiles.writeLines(file, lines.subList(0, 5));
        Verdict verdict = JournalVerifier.verify(file);

        assertThat(verdict.ok()).isTrue();
        assertThat(verdict.eventCount()).isEqualTo(5);
        assertThat(verdict.lastHash()).isEqualTo(events.get(4).hash()).isNotEqualTo(events.get(5).hash());
    }

    @Test
    void verifyingAMissingFileSaysSo() {
        assertThatThrownBy(() -> JournalVerifier.verify(dir.resolve("missing.jsonl")))
                .isInstanceOf(JournalAccessException.class)
                .hasMessageContaining("no journal at this path");
    }

    /**
     * A copy of the journal in which event {@code index + 1}'s data was changed and its hash recomputed by
     * the documented formula, as a forger who knows the format would.
     */
    private Path resealed(int index, String from, String to) throws Exception {
        String line = lines.get(index).replace("\"step\":\"" + from + "\"", "\"step\":\"" + to + "\"");
        assertThat(line).isNotEqualTo(lines.get(index));
        ObjectNode event = (ObjectNode) new ObjectMapper().readTree(line);
        String withoutHash = line.substring(0, line.lastIndexOf(",\"hash\":")) + "}";
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String hash = HexFormat.of().formatHex(sha.digest((event.get("prev").textValue() + withoutHash).getBytes(StandardCharsets.UTF_8)));
        List<String> copy = new ArrayList<>(lines);
        copy.set(index, withoutHash.substring(0, withoutHash.length() - 1) + ",\"hash\":\"" + hash + "\"}\n");
        Path forged = dir.resolve("forged-" + index + ".jsonl");
        Files.writeString(forged, String.join("", copy), StandardCharsets.UTF_8);
        return forged;
    }
}
