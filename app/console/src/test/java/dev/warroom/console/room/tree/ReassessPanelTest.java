package dev.warroom.console.room.tree;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.awaitCurrentNode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalReader;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * A reassess node in the room ("every 5m, at most 1h", no signal): the tree draws it with both exits, the panel
 * counts down to each round and to the limit, the rounds arrive on their own, and Alt+E lets the commander say
 * recovered in their words, which the journal keeps under their name.
 */
class ReassessPanelTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    @TempDir
    Path temp;
    private WarRoomApp app;
    private Path journal;

    @Override
    public void start(Stage stage) throws Exception {
        journal = temp.resolve("incident.jsonl");
        Path plan = Path.of(ReassessPanelTest.class.getResource("/plans/reassess.yaml").toURI());
        app = new WarRoomApp(ConsoleOptions.parse(List.of("--journal", journal.toString(), "--plan", plan.toString(), "--actor",
                WarRoomHarness.ACTOR, "--scenario", "outage-watched-by-eye", "--clock", "accelerated", "--speed", "30", "--lang", "en")));
        app.start(stage);
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
    }

    @Test
    void theRoundsComeOnTheirOwnAndTheCommanderSaysRecoveredInTheirWords() throws Exception {
        WarRoomHarness.awaitRoom(this);
        awaitCurrentNode(this, "watch-by-eye");

        assertThat(lookup("#tree-edge-watch-by-eye--done .wr-tree-edge-label").queryAs(Label.class).getText()).isEqualTo("recovered");
        assertThat(lookup("#tree-edge-watch-by-eye--run-failover .wr-tree-edge-label").queryAs(Label.class).getText())
                .isEqualTo("after 1h, not recovered");
        assertThat(text("#reassess-signal")).isEqualTo("No signal can say recovered here: a person says so");
        assertThat(text("#reassess-limit")).matches("Limit at \\d\\d:\\d\\d:\\d\\d — \\S+ left");
        await(() -> text("#reassess-next").matches("Round \\d+ in \\S+ \\(at \\d\\d:\\d\\d:\\d\\d\\)"));

        await(() -> lookup("#reassess-rounds .label").queryAll().size() >= 2);
        assertThat(lookup("#reassess-rounds .label").<Label>queryAll().stream().map(Label::getText).toList())
                .first().asString().matches("Round 1 · \\d\\d:\\d\\d:\\d\\d · not recovered yet");
        await(() -> text("#reassess-next").matches("Round [2-9] in .*"));
        WarRoomHarness.screenshot(lookup("#reassess").query().getScene(), "tree-reassess");
        assertThat(lookup(".label").<Label>queryAll().stream().map(Label::getText))
                .anyMatch(line -> line.startsWith("No procedure is running. The decision tree reassesses above, round by round"));

        press(KeyCode.ALT, KeyCode.E).release(KeyCode.E, KeyCode.ALT);
        await(() -> lookup("#reassess-words").query().isFocused());
        write("the checkout works again");
        type(KeyCode.ENTER);

        awaitCurrentNode(this, "done");
        JournalEvent ended = JournalReader.read(journal).events().stream().filter(e -> e.type().equals(EventTypes.REASSESS_ENDED))
                .findFirst().orElseThrow();
        assertThat(ended.actor()).isEqualTo(WarRoomHarness.ACTOR);
        assertThat(ended.data().path("exit").asText()).isEqualTo("recovered");
        assertThat(ended.data().path("words").asText()).isEqualTo("the checkout works again");
        assertThat(WarRoomHarness.has(lookup("#tree-edge-watch-by-eye--done").query(), "taken")).isTrue();
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }
}
