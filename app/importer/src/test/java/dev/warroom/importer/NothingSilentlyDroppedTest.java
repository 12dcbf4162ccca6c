package dev.warroom.importer;

import dev.warroom.importer.markdown.DocumentImporters;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every line of a seed that holds something is accounted for in the mapping: it became something, or was kept as reference. */
class NothingSilentlyDroppedTest {

    @ParameterizedTest
    @EnumSource(value = Seeds.class, names = "AI_WORKFLOW_GARBLED", mode = EnumSource.Mode.EXCLUDE)
    void everyLineWithContentIsInTheMapping(Seeds seed) throws IOException {
        List<String> lines = Files.readAllLines(seed.document(), StandardCharsets.UTF_8);
        ImportResult result = DocumentImporters.standard().importFile(seed.document());

        boolean[] covered = new boolean[lines.size() + 2];
        for (MappingLine line : result.mapping()) {
            for (int n = line.fromLine(); n <= Math.min(line.toLine(), lines.size()); n++) {
                covered[n] = true;
            }
        }
        List<String> unaccounted = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            String text = lines.get(n - 1).strip();
            if (!covered[n] && !text.isEmpty() && !text.startsWith("```")) {
                unaccounted.add(n + ": " + text);
            }
        }
        assertThat(unaccounted).isEmpty();
    }
}
