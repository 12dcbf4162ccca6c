package dev.warroom.console.room.procedure;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.has;
import static dev.warroom.console.room.procedure.WarRoomHarness.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalReader;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The room's step panel asks in place for the value a procedure needs (from the keyboard), shows each value and its
 * source in the dry run, and shows a step passed over by its when: as not applicable, with the reason. TABLETOP, on
 * the core's parameters test plan with East down.
 */
class ParametersInTheRoomTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    @TempDir
    Path temp;
    private WarRoomApp app;

    @Override
    public void start(Stage stage) {
        String root = System.getProperty("warroom.root", "../..");
        app = new WarRoomApp(ConsoleOptions.parse(List.of("--journal", temp.resolve("incident.jsonl").toString(), "--plan",
                root + "/app/core/src/test/resources/plans/params/params-conditions.yaml", "--scenario", "east-outage",
                "--actor", WarRoomHarness.ACTOR, "--clock", "virtual", "--lang", "en")));
        app.start(stage);
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
    }

    private List<JournalEvent> journal(String type) throws Exception {
        return JournalReader.read(temp.resolve("incident.jsonl")).events().stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void theValueIsAskedInPlaceShownWithItsSourceAndAPassedOverStepSaysWhy() throws Exception {
        await(() -> lookup("#parameter-form").tryQuery().map(WarRoomHarness::shown).orElse(false));
        assertThat(lookup("#parameter-question").queryAs(Label.class).getText())
                .isEqualTo("Value needed: Point in time to restore to ({{restore-point}})");
        assertThat(lookup("#parameter-hints").queryAs(Label.class).getText()).contains("Default: 2026-11-21T02:55:00Z")
                .contains("Example: 2026-11-21T02:50:00Z");
        TextField field = lookup("#parameter-value").queryAs(TextField.class);
        await(field::isFocused);
        assertThat(field.getText()).isEqualTo("2026-11-21T02:55:00Z");

        interact(field::clear);
        write("soon");
        type(KeyCode.ENTER);
        await(() -> lookup("#parameter-problem").queryAs(Label.class).getText().contains("it must match"));
        assertThat(journal(EventTypes.PARAMETER_SET)).isEmpty();

        interact(field::clear);
        write("2026-11-21T02:45:00Z");
        type(KeyCode.ENTER);

        await(() -> !shown(lookup("#parameter-form").query()));
        assertThat(journal(EventTypes.PARAMETER_SET)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(WarRoomHarness.ACTOR);
            assertThat(e.data().path("value").asText()).isEqualTo("2026-11-21T02:45:00Z");
            assertThat(e.data().path("source").asText()).isEqualTo("asked");
        });
        await(() -> lookup("#step-value-restore-point").tryQuery().isPresent());
        assertThat(lookup("#step-value-restore-point").queryAs(Label.class).getText())
                .isEqualTo("Point in time to restore to ({{restore-point}}): 2026-11-21T02:45:00Z (given)");

        await(() -> has(lookup("#step-go").query(), "proposed"));
        assertThat(lookup("#step-card .wr-card-kind").queryAll().stream().map(n -> ((Label) n).getText()))
                .anySatisfy(kind -> assertThat(kind).startsWith("Step 1 of 5"));
        type(KeyCode.ENTER);
        await(() -> lookup("#step-switch-global .wr-step-meta").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("not applicable: resource 'db-east' is unreachable")).orElse(false));
        assertThat(journal(EventTypes.STEP_CONDITION)).first().satisfies(e -> {
            assertThat(e.data().path("step").asText()).isEqualTo("switch-global");
            assertThat(e.data().path("applies").asBoolean()).isFalse();
        });
        await(() -> has(lookup("#step-promote").query(), "proposed"));
        WarRoomHarness.screenshot(lookup("#step-promote").query().getScene(), "procedure-parameters");
    }
}
