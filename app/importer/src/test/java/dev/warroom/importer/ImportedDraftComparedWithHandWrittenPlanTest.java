package dev.warroom.importer;

import dev.warroom.importer.markdown.DocumentImporters;
import dev.warroom.importer.markdown.MappingReport;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each seed's draft against the hand-written plan of its system, counting only what the plan takes from its seed:
 * steps, commands, checklist items and targets found, in order. The floors are what today's importer reaches, so a
 * regression fails; docs/importing.md gives the figures. When a plan marks more of its content derived, a floor may
 * have to come down with it (an element the importer found can turn out to be the author's own).
 */
class ImportedDraftComparedWithHandWrittenPlanTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // seed,        steps, commands, checklist items, targets
        "AI_WORKFLOW,   31, 28, 20, 20",
        "CHATOPS,       10, 18,  0,  3",
        "AUTO_VIDEO,    10, 12,  5,  8",
        "GEMINI,        18, 10,  9,  2",
    })
    void findsAtLeastWhatItFoundWhenTheseFloorsWereSet(Seeds seed, int steps, int commands, int items, int targets) throws IOException {
        ImportResult result = DocumentImporters.standard().importFile(seed.document());
        PlanFigures plan = PlanFigures.of(Files.readString(seed.handWrittenPlan(), StandardCharsets.UTF_8));
        PlanFigures draft = PlanFigures.of(result.planYaml());

        ImportComparison comparison = ImportComparison.of(plan, draft);
        System.out.println(seed + " (" + seed.plan + "): " + comparison.figures());
        Path out = Path.of("target", "imported", seed.plan + ".yaml");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result.planYaml(), StandardCharsets.UTF_8);
        Files.writeString(out.resolveSibling(seed.plan + "-report.md"), MappingReport.markdown(result, seed.file), StandardCharsets.UTF_8);

        assertThat(comparison.stepsFound()).as("steps found").isGreaterThanOrEqualTo(steps);
        assertThat(comparison.commandsFound()).as("commands found").isGreaterThanOrEqualTo(commands);
        assertThat(comparison.itemsFound()).as("checklist items found").isGreaterThanOrEqualTo(items);
        assertThat(comparison.targetsFound()).as("targets found").isGreaterThanOrEqualTo(targets);
    }
}
