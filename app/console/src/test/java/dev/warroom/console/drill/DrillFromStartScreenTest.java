package dev.warroom.console.drill;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.has;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.console.WarRoomApp;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * DRILL and LIVE from the start screen on the real connectors, against a plan whose resources are
 * servers this test runs on 127.0.0.1: the board shows their real state, a confirmed step reaches
 * them, the journal says who the connectors acted as; LIVE shows that before anything opens.
 */
class DrillFromStartScreenTest extends ApplicationTest {

    @TempDir
    Path dir;
    private LoopbackDrill drill;
    private Stage stage;
    private WarRoomApp app;
    private Path incidents;

    @BeforeAll
    static void screen() {
        ConsoleTestKit.roomyHeadlessScreen();
    }

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        drill = new LoopbackDrill();
        Path plans = dir.resolve("plans");
        drill.writePlan(plans);
        incidents = dir.resolve("incidents");
        app = new WarRoomApp(ConsoleOptions.parse(List.of("--start", "--plans", plans.toString(), "--incidents", incidents.toString(),
                "--actor", "alice")));
        app.start(stage);
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
    }

    @AfterEach
    void stopServing() {
        drill.close();
    }

    private void awaitThePlan() {
        await(() -> lookup("#start-system").queryAs(Label.class).getText().equals("本機演練網站")
                && !lookup("#start-open").queryButton().isDisabled());
    }

    private boolean showing(String id) {
        return lookup(id).tryQuery().map(n -> n.isVisible() && n.getScene() == stage.getScene()).orElse(false);
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    /** Every word a board row shows. */
    private String row(String resourceId) {
        return lookup("#resource-" + resourceId + " .label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + " | " + b);
    }

    private List<Path> journals() throws Exception {
        if (!Files.isDirectory(incidents)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(incidents)) {
            return files.filter(f -> f.toString().endsWith(".jsonl")).toList();
        }
    }

    private List<JournalEvent> journal() throws Exception {
        assertThat(journals()).hasSize(1);
        return JournalReader.read(journals().get(0)).events();
    }

    private void openDrill() {
        awaitThePlan();
        clickOn("#mode-drill");
        assertThat(text("#start-blocker")).startsWith("Opens a DRILL incident on the real connectors, in real time");
        clickOn("#start-open");
        await(() -> lookup("#war-room").tryQuery().isPresent());
    }

    private void awaitTheRealState() {
        await(() -> has(lookup("#resource-api").query(), "up") && has(lookup("#resource-api-standby").query(), "down")
                && has(lookup("#resource-api-name").query(), "up"));
    }

    @Test
    void aDrillOpensOnTheRealConnectorsShowsTheirStateAndWhoTheyActAsAndItsConfirmedStepReachesTheServer() throws Exception {
        openDrill();

        assertThat(text("#mode-banner")).contains("DRILL");
        awaitTheRealState();
        assertThat(row("api")).contains("HTTP 200");
        assertThat(row("api-standby")).contains("503");
        assertThat(row("api-name")).contains("127.0.0.1");
        assertThat(drill.requests()).contains("GET /health", "GET /standby/health");
        await(() -> lookup("#provider-identity-http").tryQuery().isPresent());
        assertThat(text("#provider-identity-http")).startsWith("no cloud identity: HTTP and DNS as this machine");
        assertThat(lookup("#provider-identity-dns").tryQuery()).as("http and dns are one connector, named once").isEmpty();
        assertThat(lookup("#provider-identity-http").queryAs(Label.class).getTooltip().getText()).startsWith("web acts as: no cloud identity");
        assertThat(text("#world")).startsWith("world: ").contains("web");
        assertThat(text("#identity")).isEqualTo("credentials from the environment");
        ConsoleTestKit.screenshot(stage.getScene(), "drill-room-dark");

        await(() -> lookup("#step-warm-standby").tryQuery().map(row -> has(row, "proposed")).orElse(false)
                && !lookup("#confirm").queryAs(Button.class).isDisabled());
        clickOn("#confirm");
        await(() -> has(lookup("#step-warm-standby").query(), "done"));
        assertThat(drill.requests()).contains("POST /standby/warm");

        List<JournalEvent> events = journal();
        JsonNode opened = events.get(0).data();
        assertThat(events.get(0).type()).isEqualTo(EventTypes.OPENED);
        assertThat(opened.path("mode").asText()).isEqualTo("drill");
        assertThat(opened.path("worldSettings").path("identity.web").asText()).startsWith("no cloud identity");
        assertThat(opened.path("worldSettings").path("identity.aws").asText()).isNotBlank();
        assertThat(events).filteredOn(e -> e.type().equals(EventTypes.STEP_SUCCEEDED))
                .extracting(e -> e.data().path("step").asText() + ": " + e.data().path("detail").asText())
                .singleElement().asString().startsWith("warm-standby: HTTP status 202");
    }

    @Test
    void liveShowsWhoTheConnectorsActAsAndOpensNothingUntilLiveIsTyped() throws Exception {
        awaitThePlan();
        clickOn("#mode-live");
        assertThat(text("#start-blocker")).isEqualTo("Shows who the connectors act as, then opens a LIVE incident once you type LIVE.");
        clickOn("#start-open");
        await(() -> showing("#live-confirmation") && lookup("#live-identity-web").tryQuery().isPresent());

        assertThat(text("#live-identity-web")).startsWith("web: no cloud identity");
        assertThat(lookup("#live-identities .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(words -> words.startsWith("aws: ")).anyMatch(words -> words.startsWith("kubernetes: "));
        write("yes");
        assertThat(lookup("#live-confirm").queryButton().isDisabled()).isTrue();
        ConsoleTestKit.screenshot(stage.getScene(), "start-live-identities-dark");
        type(KeyCode.ENTER);
        assertThat(showing("#live-confirmation")).isTrue();
        type(KeyCode.ESCAPE);
        await(() -> !showing("#live-confirmation"));
        assertThat(lookup("#war-room").tryQuery()).isEmpty();
        assertThat(journals()).as("nothing journaled before LIVE was typed").isEmpty();
        assertThat(drill.requests()).isEmpty();

        clickOn("#start-open");
        await(() -> showing("#live-confirmation") && lookup("#live-identity-web").tryQuery().isPresent());
        write("LIVE");
        type(KeyCode.ENTER);
        await(() -> lookup("#war-room").tryQuery().isPresent());
        assertThat(text("#mode-banner")).contains("LIVE");
        assertThat(journal().get(0).data().path("mode").asText()).isEqualTo("live");
    }

    @Test
    void aDrillWhoseRoomWasClosedResumesOnTheRealConnectors() throws Exception {
        openDrill();
        awaitTheRealState();
        Path journal = journals().get(0);
        interact(() -> {
            try {
                app.stop();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        int heard = drill.requests().size();

        app = new WarRoomApp(ConsoleOptions.parse(List.of("--start", "--plans", dir.resolve("plans").toString(), "--incidents",
                incidents.toString(), "--actor", "bob")));
        interact(() -> app.start(stage));
        await(() -> !lookup("#unfinished-list").queryListView().getItems().isEmpty());
        assertThat(lookup(".wr-resume-meta").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(meta -> meta.startsWith("loopback-drill · DRILL · opened "));
        clickOn(".wr-resume-title");
        clickOn("#start-resume");

        await(() -> lookup("#war-room").tryQuery().isPresent() && lookup("#timeline-list").queryListView().getItems().stream()
                .anyMatch(e -> e.toString().contains("Incident resumed from the journal")));
        assertThat(text("#mode-banner")).contains("DRILL");
        awaitTheRealState();
        assertThat(drill.requests().size()).as("the resumed board reads the servers again").isGreaterThan(heard);
        await(() -> lookup("#provider-identity-http").tryQuery().isPresent());
        assertThat(text("#provider-identity-http")).startsWith("no cloud identity");
        List<JournalEvent> events = JournalReader.read(journal).events();
        assertThat(events).extracting(JournalEvent::type).contains(EventTypes.RESUMED);
        assertThat(events.get(0).data().path("mode").asText()).isEqualTo("drill");
        Node resumed = lookup("#war-room").query();
        assertThat(resumed.getScene()).isSameAs(stage.getScene());
    }
}
