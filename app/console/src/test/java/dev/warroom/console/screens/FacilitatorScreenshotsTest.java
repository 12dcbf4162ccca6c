package dev.warroom.console.screens;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.palette.AppCommands;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.WarRoomScreen;
import dev.warroom.console.facilitator.InjectUnderTheKeyboard;
import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.console.theme.Theme;
import dev.warroom.core.drill.DrillState;
import dev.warroom.core.drill.InjectStatus;
import dev.warroom.core.drill.ObservationKind;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.DrillInject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The facilitator's window at 1366×768 during the AI Workflow Q1 database drill, rendered to PNGs
 * ({@link Screenshot#folder()}): the events list with an inject of each state (fired, held, skipped,
 * pending, ad hoc) in war-room dark, daylight and projector and in both Chinese scripts; the
 * observations, the criteria board, and the end of the drill with verdicts and the hot wash.
 */
class FacilitatorScreenshotsTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    private static final List<Theme> THEMES = Screenshot.themes();
    private static final String DRILL = "db-primary-drill-q1";

    @TempDir
    Path dir;
    private WarRoomApp app;
    private Stage room;
    private Stage facilitator;
    private final List<Screenshot> taken = new ArrayList<>();

    @Override
    public void start(Stage stage) {
        // the test opens its own console
    }

    @AfterEach
    void closeTheConsole() throws Exception {
        if (app != null) {
            WaitForAsyncUtils.asyncFx(app::stop).get(30, TimeUnit.SECONDS);
            // the journal's closing writes into the test's folder, which is removed right after this
            app.closed().get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theFacilitatorWindowInEveryThemeAndLanguage() throws Exception {
        room = FxToolkit.registerPrimaryStage();
        interact(() -> {
            app = new WarRoomApp(ConsoleTestKit.tabletop(dir, "--clock", "accelerated", "--speed", "60", "--drill", DRILL,
                    "--facilitator"));
            app.start(room);
        });
        WarRoomHarness.awaitRoom(this);
        await(() -> app.facilitatorWindow().isPresent() && drill().isPresent());
        facilitator = app.facilitatorWindow().orElseThrow();
        targetWindow(facilitator);
        Drill plan = ConsoleTestKit.plan(ConsoleTestKit.plans().resolve("ai-workflow.yaml")).drills().stream()
                .filter(d -> d.id().equals(DRILL)).findFirst().orElseThrow();
        List<DrillInject> triggered = plan.injects().stream().filter(DrillInject::triggered).toList();
        String held = triggered.get(1).id();
        String skipped = triggered.get(triggered.size() - 1).id();
        String scheduled = plan.injects().stream().filter(i -> i.at() != null).findFirst().orElseThrow().id();

        InjectUnderTheKeyboard.select(this, facilitator, held, "#inject-hold");
        press(KeyCode.ALT, KeyCode.H).release(KeyCode.H, KeyCode.ALT);
        await(() -> status(held) == InjectStatus.HELD);
        InjectUnderTheKeyboard.select(this, facilitator, skipped, "#inject-skip");
        press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);
        await(() -> WarRoomHarness.shown(lookup("#skip-reason").query()));
        write("The application team is not in the room today");
        type(KeyCode.ENTER);
        await(() -> status(skipped) == InjectStatus.SKIPPED);
        await(() -> status(scheduled) == InjectStatus.FIRED);
        press(KeyCode.ALT, KeyCode.A).release(KeyCode.A, KeyCode.ALT);
        write("Customer support: three enterprise tenants report failed saves");
        clickOn("#adhoc-expect").write("The commander posts a status update on the bridge");
        type(KeyCode.ENTER);
        await(() -> drill().orElseThrow().injects().stream().anyMatch(i -> i.adHoc() && i.status() == InjectStatus.FIRED));

        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        observe("The DBA read out pg_isready failing three times before anyone asked", ObservationKind.STRENGTH, 1);
        observe("Nobody checked the replica lag before promoting", ObservationKind.IMPROVEMENT, 2);
        observe("The bridge moved to the war room at T+5m", ObservationKind.NOTE, 0);

        press(KeyCode.ALT, KeyCode.P).release(KeyCode.P, KeyCode.ALT);
        await(() -> drill().orElseThrow().clock().paused());
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        await(() -> text("#facilitator-clock-state").equals("clock paused"));
        for (Theme theme : THEMES) {
            useTheme(theme);
            shoot("13-facilitator-events-" + AppCommands.themeWord(theme));
        }
        useTheme(Theme.WAR_ROOM_DARK);
        for (Locale language : Screenshot.chineseScripts()) {
            interact(() -> app.messages().setLocale(language));
            shoot("13-facilitator-events-" + language.toLanguageTag());
        }
        interact(() -> app.messages().setLocale(Messages.ENGLISH));

        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        shoot("13-facilitator-observations-dark");
        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        await(() -> text("#criterion-target-rto").equals("5m"));
        shoot("13-facilitator-criteria-dark");

        press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        interact(() -> lookup("#end-reason").query().requestFocus());
        write("Time is up for today's session");
        type(KeyCode.ENTER);
        await(() -> state().status().isOver() && !lookup("#judge-measured").queryButton().isDisabled());
        press(KeyCode.ALT, KeyCode.J).release(KeyCode.J, KeyCode.ALT);
        await(() -> lookup("#evidence-apps-recover").tryQuery().isPresent());
        interact(() -> lookup("#evidence-apps-recover").query().requestFocus());
        write("Two pods needed a restart by hand");
        interact(() -> lookup("#hotwash-well").query().requestFocus());
        write("Roles were clear on the bridge");
        interact(() -> lookup("#action-text").query().requestFocus());
        write("Lower the Prometheus scrape interval to 15s");
        interact(() -> lookup("#action-owner").query().requestFocus());
        write("erin");
        interact(() -> lookup("#action-due").query().requestFocus());
        write("2027-01-15");
        type(KeyCode.ENTER);
        interact(() -> lookup("#judge-measured").query().requestFocus());
        shoot("13-facilitator-end-dark");

        assertThat(taken).hasSize(THEMES.size() + Screenshot.chineseScripts().size() + 3).allSatisfy(shot -> {
            assertThat(shot.width()).as(shot.file() + " width").isEqualTo(1366);
            assertThat(shot.height()).as(shot.file() + " height").isEqualTo(768);
            assertThat(shot.colours()).as(shot.file() + " colours").isGreaterThan(64);
            assertThat(shot.brightnessSpread()).as(shot.file() + " brightness spread").isGreaterThan(10);
        });
    }

    /** Writes an observation of {@code kind} tagged with the {@code tag}-th choice (0: none; then criteria, then objectives). */
    private void observe(String text, ObservationKind kind, int tag) throws Exception {
        int before = drill().orElseThrow().observations().size();
        interact(() -> {
            lookup("#observation-kind").queryAs(ComboBox.class).getSelectionModel().select(kind);
            lookup("#observation-tag").queryAs(ComboBox.class).getSelectionModel().select(tag);
            lookup("#observation-text").query().requestFocus();
        });
        write(text);
        type(KeyCode.ENTER);
        await(() -> drill().orElseThrow().observations().size() == before + 1);
    }

    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        taken.add(Screenshot.take(facilitator.getScene(), name));
    }

    /** Switches the theme from the facilitator's own palette, as the facilitator would. */
    private void useTheme(Theme theme) {
        if (facilitator.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("/" + theme.stylesheet()))) {
            return;
        }
        press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        await(() -> lookup("#palette").tryQuery().map(WarRoomHarness::shown).orElse(false));
        write("theme " + AppCommands.themeWord(theme));
        type(KeyCode.ENTER);
        await(() -> facilitator.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("/" + theme.stylesheet())));
    }

    private String text(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }

    private dev.warroom.core.incident.IncidentState state() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> lookup("#war-room").queryAs(WarRoomScreen.class).context().vm().stateProperty().get())
                .get(10, TimeUnit.SECONDS);
    }

    private Optional<DrillState> drill() throws Exception {
        return state().drill();
    }

    private InjectStatus status(String id) throws Exception {
        return drill().flatMap(d -> d.inject(id)).map(i -> i.status()).orElseThrow();
    }
}
