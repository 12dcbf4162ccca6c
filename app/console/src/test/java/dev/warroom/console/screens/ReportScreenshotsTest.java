package dev.warroom.console.screens;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.AppCommands;
import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.console.theme.Theme;
import dev.warroom.console.theme.Themes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The report view over a tabletop failover in progress (14-report-*): in war-room dark, daylight and
 * projector, and in 繁體中文, with one of the author's fields filled and the charts in view.
 */
class ReportScreenshotsTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    @TempDir
    Path dir;
    private WarRoomApp app;
    private final List<Screenshot> taken = new ArrayList<>();

    @Override
    public void start(Stage stage) {
        // the test opens its own console
    }

    @AfterEach
    void closeTheConsole() {
        if (app != null) {
            interact(app::stop);
            // the journal's closing writes into the test's folder, which is removed right after this
            app.closed().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
        }
    }

    @Test
    void theReportOfATabletopFailoverInEveryThemeAndInTraditionalChinese() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        interact(() -> {
            app = new WarRoomApp(ConsoleOptions.parse(List.of("--clock", "virtual", "--journal", dir.resolve("incident.jsonl").toString(),
                    "--plan", System.getProperty("warroom.root", "../..") + "/plans/ai-workflow.yaml", "--actor", WarRoomHarness.ACTOR)));
            app.useForReports((format, suggested, owner) -> Optional.of(dir.resolve("report." + format.word())),
                    new dev.warroom.console.report.StandardReportMaking());
            app.start(stage);
        });
        WarRoomHarness.answerIntoFullFailover(this);
        WarRoomHarness.confirmThrough(this, "promote-dr-db");
        WarRoomHarness.confirm(this, "promote-dr-db");

        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        Stage report = awaitReport();
        targetWindow(report);
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> lookup(".wr-report-to-fill .text-area").queryAll().stream().anyMatch(Node::isFocused));
        write("Replication to the DR replica stalled for 40 s during the primary's outage");
        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        await(() -> text("#report-status").equals("Journalled."));

        for (Theme theme : Screenshot.themes()) {
            interact(() -> Themes.apply(report.getScene(), theme));
            scrollToTheCharts(report);
            taken.add(Screenshot.take(report.getScene(), "14-report-" + AppCommands.themeWord(theme)));
        }
        interact(() -> Themes.apply(report.getScene(), Theme.WAR_ROOM_DARK));

        interact(() -> {
            report.close();
            app.messages().setLocale(Messages.TRADITIONAL_CHINESE);
            app.openReportView();
        });
        Stage chinese = awaitReport();
        await(() -> text("#report-check").startsWith("雜湊鏈完整"));
        scrollTo(chinese, 0.0);
        taken.add(Screenshot.take(chinese.getScene(), "14-report-zh-TW"));
        interact(() -> app.messages().setLocale(Messages.ENGLISH));

        assertThat(taken).hasSize(Screenshot.themes().size() + 1).allSatisfy(shot -> {
            assertThat(shot.colours()).as(shot.file() + " colours").isGreaterThan(64);
            assertThat(shot.brightnessSpread()).as(shot.file() + " brightness spread").isGreaterThan(10);
        });
    }

    private Stage awaitReport() {
        await(() -> app.reportWindow().isPresent() && app.reportWindow().get().isShowing()
                && app.reportWindow().get().getScene().lookup("#report-title") != null);
        return app.reportWindow().orElseThrow();
    }

    private void scrollTo(Stage window, double where) {
        interact(() -> ((ScrollPane) window.getScene().lookup("#report-preview")).setVvalue(where));
    }

    /** The first chart near the top of the window, with what follows it. */
    private void scrollToTheCharts(Stage window) {
        interact(() -> {
            ScrollPane preview = (ScrollPane) window.getScene().lookup("#report-preview");
            window.getScene().getRoot().applyCss();
            window.getScene().getRoot().layout();
            Node content = preview.getContent();
            Node chart = window.getScene().lookup(".wr-report-chart");
            javafx.geometry.Bounds at = content.sceneToLocal(chart.localToScene(chart.getLayoutBounds()));
            double scrollable = content.getLayoutBounds().getHeight() - preview.getViewportBounds().getHeight();
            preview.setVvalue(Math.max(0, Math.min(1, (at.getMinY() - 90) / scrollable)));
        });
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }
}
