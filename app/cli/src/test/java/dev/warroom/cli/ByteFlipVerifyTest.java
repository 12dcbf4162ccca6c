package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Done-when: flipping any single byte of a journal makes {@code warroom verify} fail and name the event. */
class ByteFlipVerifyTest {

    private static final Pattern NAMED = Pattern.compile("\\b(?:event|line) (\\d+)");

    @TempDir
    Path dir;

    /** A flip at {@code offset}, which lies on the 1-based {@code line}. */
    private record Flip(int offset, int line) {
    }

    @Test
    void flippingAnyByteOnAnyLineFailsVerifyNamingAnEventAtOrBeforeIt() throws Exception {
        Path original = dir.resolve("incident.jsonl");
        assertThat(Incidents.autoRun(original).exitCode()).isZero();
        byte[] bytes = Files.readAllBytes(original);
        List<Integer> lineStarts = new ArrayList<>(List.of(0));
        for (int i = 0; i < bytes.length - 1; i++) {
            if (bytes[i] == '\n') {
                lineStarts.add(i + 1);
            }
        }
        Random random = new Random(20261121);
        List<Flip> flips = new ArrayList<>();
        for (int line = 0; line < lineStarts.size(); line++) {
            int start = lineStarts.get(line);
            int end = line + 1 < lineStarts.size() ? lineStarts.get(line + 1) : bytes.length;
            flips.add(new Flip(start + random.nextInt(end - start), line + 1));
            flips.add(new Flip(end - 1, line + 1));
        }
        for (int i = 0; i < 100; i++) {
            int offset = random.nextInt(bytes.length);
            int line = 0;
            while (line + 1 < lineStarts.size() && lineStarts.get(line + 1) <= offset) {
                line++;
            }
            flips.add(new Flip(offset, line + 1));
        }

        Path flipped = dir.resolve("flipped.jsonl");
        for (Flip flip : flips) {
            byte[] copy = bytes.clone();
            copy[flip.offset()] ^= (byte) (1 + random.nextInt(255));
            Files.write(flipped, copy);

            CliRun verify = CliRun.of("verify", flipped.toString());

            String said = verify.err().replace(flipped.toString(), "");
            assertThat(verify.exitCode()).as("flip at byte %d on line %d", flip.offset(), flip.line()).isEqualTo(1);
            Matcher named = NAMED.matcher(said);
            assertThat(named.find()).as("flip at byte %d on line %d: %s", flip.offset(), flip.line(), said).isTrue();
            assertThat(Integer.parseInt(named.group(1))).as("flip at byte %d on line %d: %s", flip.offset(), flip.line(), said)
                    .isBetween(1, flip.line());
        }
        assertThat(flips).extracting(Flip::line).containsAll(java.util.stream.IntStream.rangeClosed(1, lineStarts.size()).boxed().toList());
    }
}
