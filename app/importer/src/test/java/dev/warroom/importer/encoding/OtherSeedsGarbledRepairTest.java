package dev.warroom.importer.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The repair on documents it was not shaped on: seeds 002–004 (clean Traditional Chinese DR documents) garbled the way
 * seed 001 was (UTF-8 read as Windows-1252, the bytes it leaves undefined, Ž, ž and the soft hyphen dropped), then
 * repaired. Only this test sees the clean text.
 */
class OtherSeedsGarbledRepairTest {

    private static final Path SOURCES = Path.of(System.getProperty("warroom.root", "../.."), "plans", "sources");
    private static final List<String> SEEDS = List.of(
            "002_17dca04e92502f9e.txt", "003_a874f51ece7c7f8b.txt", "004_d185dd5c8fa44b92.txt");
    /** 合規性 in 003 read as 合要性 (ICU's dictionary has no 合規): measured, guarded so that it cannot grow. */
    private static final int KNOWN_UNLISTED_MISTAKES = 1;

    private final DocumentDecoder decoder = DocumentDecoder.standard();

    @Test
    void garbledCopiesOfTheOtherSeedsAreRepairedExceptWhereTheRepairSaysItIsUnsure() throws IOException {
        List<String> wrong = new ArrayList<>();
        long han = 0;
        long listed = 0;
        for (String seed : SEEDS) {
            String clean = Files.readString(SOURCES.resolve(seed), StandardCharsets.UTF_8);
            DecodedDocument decoded = decoder.decode(garbledAs001(clean), seed);

            assertThat(decoded.repaired()).as(seed).isTrue();
            assertThat(decoded.encoding()).as(seed).contains("read as Windows-1252", "bytes lost");
            wrong.addAll(unlistedDifferences(seed, clean, decoded));
            han += clean.codePoints().filter(RunCost::isHan).count();
            listed += decoded.uncertain().size();
        }
        System.out.printf("002–004 garbled: %d Han characters, %d listed (%.2f %%), wrong and not listed: %s%n",
                han, listed, 100.0 * listed / han, wrong);
        assertThat(wrong).as("characters repaired wrongly without being listed").hasSizeLessThanOrEqualTo(KNOWN_UNLISTED_MISTAKES);
        assertThat(100.0 * listed / han).as("share of the Han characters listed as uncertain, in %").isLessThan(2.0);
    }

    private static byte[] garbledAs001(String clean) {
        Charset windows1252 = Charset.forName("windows-1252");
        StringBuilder misread = new StringBuilder();
        for (byte b : clean.getBytes(StandardCharsets.UTF_8)) {
            int value = b & 0xFF;
            boolean dropped = false;
            for (int droppable : DroppedBytes.DROPPABLE) {
                dropped |= value == droppable;
            }
            if (!dropped) {
                misread.append(new String(new byte[] {b}, windows1252));
            }
        }
        return misread.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> unlistedDifferences(String seed, String clean, DecodedDocument decoded) {
        String[] expectedLines = clean.split("\n", -1);
        String[] repairedLines = decoded.text().split("\n", -1);
        assertThat(repairedLines).as(seed).hasSameSizeAs(expectedLines);
        List<String> wrong = new ArrayList<>();
        for (int line = 0; line < expectedLines.length; line++) {
            int[] expected = expectedLines[line].codePoints().toArray();
            int[] repaired = repairedLines[line].codePoints().toArray();
            assertThat(repaired).as(seed + " line " + (line + 1)).hasSameSizeAs(expected);
            for (int column = 0; column < expected.length; column++) {
                int l = line + 1;
                int c = column + 1;
                if (expected[column] != repaired[column]
                        && decoded.uncertain().stream().noneMatch(u -> u.line() == l && u.column() == c)) {
                    wrong.add(seed.substring(0, 3) + ":" + l + ":" + c + " " + Character.toString(expected[column])
                            + "→" + Character.toString(repaired[column]));
                }
            }
        }
        return wrong;
    }
}
