package dev.warroom.console.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.incident.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file as the console's only argument, as a desktop file association passes it: a plan opens as --plan does
 * with its folder as the plans folder, a journal opens the start screen on its folder with that incident chosen,
 * anything else is refused with the file's name.
 */
class ConsoleOptionsTest {

    private static final String FIRST_EVENT = "{\"seq\":1,\"time\":\"2026-12-07T03:00:00Z\",\"wall\":\"2026-12-07T03:00:00Z\"}\n";

    @TempDir
    Path dir;

    @Test
    void aPlanFileOpensAsATabletopOnThatPlanWithItsFolderAsThePlansFolder() throws Exception {
        Path plan = Files.writeString(Files.createDirectories(dir.resolve("drills")).resolve("payments.warroom.yaml"), "id: payments\n");

        ConsoleOptions options = ConsoleOptions.parse(List.of(plan.toString()));

        assertThat(options.plan()).isEqualTo(plan.toAbsolutePath());
        assertThat(options.plansDirectory()).isEqualTo(dir.resolve("drills").toAbsolutePath());
        assertThat(options.mode()).isEqualTo(Mode.TABLETOP);
        assertThat(options.startScreen()).as("straight into the war room, as --plan").isFalse();
        assertThat(options.journalToShow()).isEmpty();
    }

    @Test
    void aYmlPlanAmongOtherOptionsKeepsThem() throws Exception {
        Path plan = Files.writeString(dir.resolve("lab.yml"), "id: lab\n");

        ConsoleOptions options = ConsoleOptions.parse(List.of("--theme", "projector", plan.toString(), "--lang", "zh-TW"));

        assertThat(options.plan()).isEqualTo(plan.toAbsolutePath());
        assertThat(options.theme()).isEqualTo("projector");
        assertThat(options.language().toLanguageTag()).isEqualTo("zh-TW");
    }

    @Test
    void aJournalOpensTheStartScreenOnItsFolderWithThatIncidentToShow() throws Exception {
        Path journal = Files.writeString(Files.createDirectories(dir.resolve("incidents")).resolve("ai-workflow-q1.jsonl"), FIRST_EVENT);

        ConsoleOptions options = ConsoleOptions.parse(List.of(journal.toString()));

        assertThat(options.startScreen()).isTrue();
        assertThat(options.journalToShow()).contains(journal.toAbsolutePath());
        assertThat(options.incidentsDirectory()).isEqualTo(dir.resolve("incidents").toAbsolutePath());
    }

    @Test
    void aJournalIsKnownByItsFirstLineWhateverItsName() throws Exception {
        Path renamed = Files.writeString(dir.resolve("incident-copy.txt"), FIRST_EVENT);

        assertThat(ConsoleOptions.parse(List.of(renamed.toString())).journalToShow()).contains(renamed.toAbsolutePath());
    }

    @Test
    void anyOtherFileIsRefusedNamingItAndWhatWarRoomOpens() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "bring coffee\n");

        assertThatThrownBy(() -> ConsoleOptions.parse(List.of(notes.toString()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot open " + notes.toAbsolutePath() + ": WarRoom opens a plan (*.yaml, *.yml) or an incident journal"
                        + " (*.jsonl)");
    }

    @Test
    void aMissingFileIsRefusedByName() {
        Path gone = dir.resolve("gone.yaml");

        assertThatThrownBy(() -> ConsoleOptions.parse(List.of(gone.toString()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot open " + gone.toAbsolutePath() + ": no such file");
    }

    @Test
    void oneFileAtATimeAndOnePlan() throws Exception {
        Path first = Files.writeString(dir.resolve("a.yaml"), "id: a\n");
        Path second = Files.writeString(dir.resolve("b.yaml"), "id: b\n");

        assertThatThrownBy(() -> ConsoleOptions.parse(List.of(first.toString(), second.toString())))
                .hasMessageContaining("one file at a time").hasMessageContaining("b.yaml");
        assertThatThrownBy(() -> ConsoleOptions.parse(List.of("--plan", first.toString(), second.toString())))
                .hasMessageContaining("two plans").hasMessageContaining("give one");
    }

    @Test
    void withoutAFileTheDefaultPlanIsTheAiWorkflowPlanInThePlansFolderTheLauncherNames() {
        assertThat(ConsoleOptions.parse(List.of()).plan()).isEqualTo(Path.of("plans", "ai-workflow.yaml"));
        String before = System.getProperty(ConsoleOptions.PLANS_PROPERTY);
        System.setProperty(ConsoleOptions.PLANS_PROPERTY, dir.resolve("installed-plans").toString());
        try {
            ConsoleOptions installed = ConsoleOptions.parse(List.of());
            assertThat(installed.plan()).isEqualTo(dir.resolve("installed-plans").resolve("ai-workflow.yaml"));
            assertThat(installed.plansDirectory()).isEqualTo(dir.resolve("installed-plans"));
        } finally {
            if (before == null) {
                System.clearProperty(ConsoleOptions.PLANS_PROPERTY);
            } else {
                System.setProperty(ConsoleOptions.PLANS_PROPERTY, before);
            }
        }
    }
}
