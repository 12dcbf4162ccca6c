package dev.warroom.console.room.notify;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.has;
import static dev.warroom.console.room.procedure.WarRoomHarness.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.model.TimelineEntry;
import dev.warroom.console.room.procedure.WarRoomHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The DNS provider refuses the update during the full failover: a notification at the window's right
 * edge names the step and the reason, clear of the step's controls; the timeline keeps the failure,
 * and the keyboard stays with the commander: the note being written gets every key, Esc included.
 * Retrying the refused (destructive) step asks for its target's name again.
 */
class FailedStepNotificationTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }


    private static final String STEP_FAILED = Notifier.NOTICE + "-step-failed";

    @TempDir
    static Path dir;
    private WarRoomApp app;
    private Stage stage;

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        app = new WarRoomApp(ConsoleOptions.parse(List.of("--clock", "virtual", "--journal", dir.resolve("incident-" + System.nanoTime() + ".jsonl").toString(),
                "--plan", dnsRefusesUpdates().toString(), "--actor", WarRoomHarness.ACTOR)));
        app.start(stage);
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
    }

    @Test
    void aFailedStepIsNotifiedWithoutTakingTheKeyboardAndItsRetryAsksForTheNameAgain() {
        WarRoomHarness.answerIntoFullFailover(this);
        WarRoomHarness.confirmThrough(this, "update-dns");
        assertThat(notifications()).as("no step has failed so far").noneMatch(n -> n.getStyleClass().contains(STEP_FAILED));

        WarRoomHarness.confirm(this, "update-dns");
        await(() -> has(lookup("#step-update-dns").query(), "failed"));
        await(() -> notifications().stream().anyMatch(n -> n.getStyleClass().contains(STEP_FAILED)));

        TimelineEntry failed = timeline().stream().filter(e -> e.event().startsWith("Failed: ")).findFirst().orElseThrow();
        assertThat(failed.outcome()).isNotBlank();
        Node notice = notifications().stream().filter(n -> n.getStyleClass().contains(STEP_FAILED)).findFirst().orElseThrow();
        assertThat(words(notice, ".title")).containsExactly("Step failed: 更新 DNS (如果使用 Azure DNS)");
        assertThat(words(notice, ".label")).contains(failed.outcome());
        Window corner = notice.getScene().getWindow();
        assertThat(corner.getX()).as("over the timeline, on the right").isGreaterThan(stage.getX() + stage.getWidth() * 0.5);
        Node retry = lookup("#retry").query();
        double retryTop = retry.localToScreen(retry.getBoundsInLocal()).getMinY();
        assertThat(corner.getY() + corner.getHeight()).as("clear of the step's controls and the note field").isLessThan(retryTop);
        assertThat(notice.getScene().getFocusOwner()).as("nothing in the notification holds the keyboard").isNull();
        assertThat(stage.getScene().getFocusOwner()).as("the war room keeps the keyboard").isNotNull();

        type(KeyCode.N);
        TextField note = lookup("#note-field").queryAs(TextField.class);
        await(() -> note.isFocused());
        write("dns refused");
        assertThat(note.getText()).as("every key, the space too, reaches the note").isEqualTo("dns refused");
        type(KeyCode.ESCAPE);
        await(() -> !note.isFocused());
        assertThat(notice.getScene().getWindow().isShowing()).as("Esc left the note field, not the notification").isTrue();
        assertThat(lookup("#timeline-list").queryListView().isFocused()).as("Esc in the note field goes back to the timeline").isTrue();

        // The same failed step, retried: the walk to it is the slow part, so one test takes both.
        clickOn("#retry");
        await(() -> has(lookup("#step-update-dns").query(), "proposed"));

        TextField typed = lookup("#typed-name").queryAs(TextField.class);
        Button confirm = lookup("#confirm").queryAs(Button.class);
        await(() -> shown(typed));
        assertThat(typed.getText()).as("the name typed for the first attempt is gone").isEmpty();
        assertThat(confirm.isDisabled()).as("Enter alone cannot confirm the retry").isTrue();
        type(KeyCode.ENTER);
        assertThat(has(lookup("#step-update-dns").query(), "proposed")).isTrue();
    }

    /** The notifications showing over the war room, newest last. */
    private List<Node> notifications() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                    .filter(w -> w instanceof Popup popup && popup.isShowing() && popup.getOwnerWindow() == stage)
                    .map(w -> Optional.ofNullable(w.getScene().getRoot().lookup("." + Notifier.NOTICE)))
                    .flatMap(Optional::stream).toList()).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> words(Node notice, String selector) {
        return notice.lookupAll(selector).stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList();
    }

    private List<TimelineEntry> timeline() {
        ListView<TimelineEntry> list = lookup("#timeline-list").queryListView();
        return List.copyOf(list.getItems());
    }

    /** The AI Workflow plan whose region-failure scenario also has the DNS provider refuse every update. */
    private static Path dnsRefusesUpdates() throws Exception {
        Path root = Path.of(System.getProperty("warroom.root", "../.."));
        String plan = Files.readString(root.resolve("plans/ai-workflow.yaml"), StandardCharsets.UTF_8);
        String faults = "    entry: region-failure-detected\n    faults:\n";
        assertThat(plan).containsOnlyOnce(faults);
        Path file = dir.resolve("ai-workflow-dns-refuses.yaml");
        Files.writeString(file, plan.replace(faults, faults + "      - at: 0s\n        fault: dns-update-fails\n        target: dns-api\n"),
                StandardCharsets.UTF_8);
        return file;
    }
}
