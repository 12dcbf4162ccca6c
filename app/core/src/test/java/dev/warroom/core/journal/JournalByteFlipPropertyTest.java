package dev.warroom.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Any single changed byte, and any removed or swapped line, makes verify fail and name where. */
class JournalByteFlipPropertyTest {

    private static Path dir;
    private static byte[] journal;

    @BeforeContainer
    static void writeAJournal() throws IOException {
        dir = Files.createTempDirectory("journal-flips");
        Path file = dir.resolve("incident.jsonl");
        JournalFiles.appendEvents(file, 4);
        journal = Files.readAllBytes(file);
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path path : files.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Example
    void everyPositionWithALowBitOrItsCaseFlippedIsCaught() throws IOException {
        Path file = dir.resolve("every-position.jsonl");
        for (int position = 0; position < journal.length; position++) {
            for (int mask : new int[] {0x01, 0x20}) {
                assertFlipIsNamed(file, position, (byte) (journal[position] ^ mask));
            }
        }
    }

    @Property(tries = 400)
    void anyByteChangedToAnyOtherValueIsCaught(@ForAll("positions") int position, @ForAll byte replacement) throws IOException {
        if (replacement == journal[position]) {
            replacement = (byte) ~replacement;
        }
        assertFlipIsNamed(dir.resolve("random.jsonl"), position, replacement);
    }

    @Property(tries = 60)
    void aRemovedLineIsNamedAsMissing(@ForAll @IntRange(min = 2, max = 25) int size, @ForAll("fraction") double which)
            throws IOException {
        List<String> lines = journalOf(size);
        int removed = (int) (which * (size - 1));
        lines.remove(removed);
        Verdict verdict = verifyLines(lines);

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.message()).startsWith("event " + (removed + 1) + " is missing");
        assertThat(verdict.problem().orElseThrow().line()).isEqualTo(removed + 1);
    }

    @Property(tries = 60)
    void twoSwappedLinesAreNamedAsOutOfOrder(@ForAll @IntRange(min = 2, max = 25) int size,
                                            @ForAll("fraction") double first, @ForAll("fraction") double second)
            throws IOException {
        List<String> lines = journalOf(size);
        int a = (int) (first * size);
        int b = (int) (second * size);
        if (a == b) {
            b = (a + 1) % size;
        }
        Collections.swap(lines, a, b);
        Verdict verdict = verifyLines(lines);

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.message()).startsWith("event " + (Math.min(a, b) + 1) + " is out of order");
        assertThat(verdict.problem().orElseThrow().line()).isEqualTo(Math.min(a, b) + 1);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, journal.length - 1);
    }

    @Provide
    Arbitrary<Double> fraction() {
        return Arbitraries.doubles().between(0, 1).filter(d -> d < 1);
    }

    private static void assertFlipIsNamed(Path file, int position, byte replacement) throws IOException {
        byte[] flipped = journal.clone();
        flipped[position] = replacement;
        Files.write(file, flipped);
        Verdict verdict = JournalVerifier.verify(file);
        int flippedLine = JournalFiles.lineOfByte(journal, position);
        String where = "byte " + position + " (line " + flippedLine + ") set to " + replacement;

        assertThat(verdict.ok()).as(where).isFalse();
        JournalProblem problem = verdict.problem().orElseThrow();
        assertThat(problem.line()).as(where + ": " + problem).isBetween(1, flippedLine);
        if (problem.seq().isPresent()) {
            assertThat(problem.seq().getAsLong()).as(where + ": " + problem).isBetween(1L, (long) flippedLine);
        }
        assertThat(problem.message()).as(where).matches("(event|events|line|the last line) .*");
    }

    private static List<String> journalOf(int size) throws IOException {
        Path file = dir.resolve("sized-" + size + ".jsonl");
        if (!Files.exists(file)) {
            JournalFiles.writeUnsynced(file, size);
        }
        return new ArrayList<>(JournalFiles.lines(file));
    }

    private static Verdict verifyLines(List<String> lines) throws IOException {
        Path edited = dir.resolve("edited.jsonl");
        JournalFiles.writeLines(edited, lines);
        return JournalVerifier.verify(edited);
    }
}
