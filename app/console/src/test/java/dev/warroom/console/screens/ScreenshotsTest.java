package dev.warroom.console.screens;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.has;
import static dev.warroom.console.room.procedure.WarRoomHarness.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.drill.LoopbackDrill;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.AppCommands;
import dev.warroom.console.palette.CommandSearch;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.inject.DrillRoom;
import dev.warroom.console.room.model.TimelineEntry;
import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.console.theme.Theme;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.incident.NoteKind;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.Plan;
import impl.org.controlsfx.skin.NotificationBar;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen of the console at 1366×768 in war-room dark, daylight and projector, and the main ones
 * in 繁體中文 and 简体中文, rendered to PNGs ({@link Screenshot#folder()}): the start screen, a question
 * with its suggestion, the command palette, a destructive step's card with its preview, a step the
 * world refuses with its recovery controls, the checklists, the timeline with notes, the resolved incident;
 * then the LIVE confirmation naming who the connectors act as, and a DRILL on servers running on loopback; the start
 * screen's drills with the chosen drill's own targets, and a drill's fired message as a card in the room.
 */
class ScreenshotsTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    private static final double WIDTH = 1366;
    private static final double HEIGHT = 768;
    private static final List<Theme> THEMES = Screenshot.themes();
    private static final List<Locale> CHINESE = Screenshot.chineseScripts();

    @TempDir
    Path dir;
    private WarRoomApp app;
    private Stage stage;
    private Theme theme = Theme.WAR_ROOM_DARK;
    private final List<Screenshot> taken = new ArrayList<>();

    @Override
    public void start(Stage stage) {
        // each test opens its own console
    }

    @AfterEach
    void closeTheConsole() throws Exception {
        if (app != null) {
            ConsoleTestKit.stopAndWaitForClosing(app);
        }
    }

    @Test
    void theTabletopFromTheStartScreenThroughTheFailoverToItsEnd() throws Exception {
        Path incidents = Files.createDirectories(dir.resolve("incidents"));
        leftOpenLastNight(incidents.resolve("ai-workflow-last-night.jsonl"));
        open(ConsoleTestKit.tabletop(dir, "--start"));
        await(() -> text("#start-status").endsWith("plans ready") && !lookup("#unfinished-list").queryListView().getItems().isEmpty());
        assertThat(text("#start-system")).isEqualTo("AI Workflow Platform");
        shoot("01-start", true);

        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WarRoomHarness.awaitRoom(this);
        await(() -> lookup("#suggestion").tryQuery().isPresent());
        // a TABLETOP from the start screen opens before its plan is checked: the picture is of the room once they passed
        await(() -> !shown(lookup("#plan-check").query()));
        assertThat(lookup("#suggestion .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(line -> line.startsWith("Live signals suggest 1"));
        shoot("02-question", true);

        shootWithPalette("03-palette");

        WarRoomHarness.answerIntoFullFailover(this);
        WarRoomHarness.confirmThrough(this, "promote-dr-db");
        assertThat(shown(lookup("#typed-name").query())).isTrue();
        assertThat(lookup("#confirm").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(shown(lookup("#step-preview").query())).isTrue();
        assertThat(text("#typed-hint")).isEqualTo("Destructive step: type ai-workflow-db-dr to confirm.");
        shoot("04-destructive-step", true);

        WarRoomHarness.confirm(this, "promote-dr-db");
        WarRoomHarness.confirmThrough(this, "scale-api-gateway");
        clickOn(tab("Checklists"));
        for (String item : List.of("primary-down", "dr-healthy", "backup-available")) {
            clickOn("#tick-pre-failover-" + item);
            await(() -> shown(lookup("#ticked-pre-failover-" + item).query()));
        }
        assertThat(text("#ticked-pre-failover-dr-healthy")).startsWith("Ticked by alice at ");
        shoot("06-checklists", false);

        press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        note(KeyCode.N, "Bridge call open on #incident-response; Carol facilitates");
        note(KeyCode.I, "db-dr lag alert fired 4 min late");
        note(KeyCode.A, "Page the DBA on-call automatically for lag over 60s");
        assertThat(timeline()).extracting(TimelineEntry::kind).endsWith("note", "issue", "action-item");
        shoot("07-timeline", false);

        WarRoomHarness.confirmThrough(this, null);
        WarRoomHarness.awaitCurrentNode(this, "running-in-dr");
        await(() -> text("#procedure-empty").startsWith("The incident is resolved"));
        shoot("08-resolved", true);

        assertEveryPictureShowsSomething();
    }

    @Test
    void aStepTheWorldRefusesOffersRetrySkipRollbackAndAbort() throws Exception {
        Path plan = dnsRefusesUpdates();
        open(ConsoleOptions.parse(List.of("--clock", "virtual", "--journal", dir.resolve("incident.jsonl").toString(), "--plan",
                plan.toString(), "--actor", WarRoomHarness.ACTOR)));
        WarRoomHarness.answerIntoFullFailover(this);
        WarRoomHarness.confirmThrough(this, "update-dns");
        WarRoomHarness.confirm(this, "update-dns");

        await(() -> has(lookup("#step-update-dns").query(), "failed"));
        for (String control : List.of("#retry", "#skip", "#rollback", "#abort")) {
            await(() -> shown(lookup(control).query()) && !lookup(control).queryAs(Button.class).isDisabled());
        }
        assertThat(text("#step-status")).startsWith("Failed");
        shoot("05-failed-step", true);

        for (Theme next : THEMES) {
            useTheme(next);
            clickOn("#retry");
            await(() -> has(lookup("#step-update-dns").query(), "proposed") && shown(lookup("#typed-name").query()));
            // the field still holds the name typed for the first try: type it afresh
            clickOn("#typed-name");
            press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
            write(WarRoomHarness.TYPED_NAMES.get("update-dns"));
            await(() -> !lookup("#confirm").queryAs(Button.class).isDisabled());
            type(KeyCode.ENTER);
            await(() -> has(lookup("#step-update-dns").query(), "failed"));
            await(() -> notifications().stream().anyMatch(bar -> bar.transition.get() == 1.0));
            taken.add(Screenshot.take(stage.getScene(), "05-failed-step-notification-" + AppCommands.themeWord(next)));
            await(() -> notifications().isEmpty());
        }
        useTheme(Theme.WAR_ROOM_DARK);

        assertEveryPictureShowsSomething();
    }

    @Test
    void theLiveConfirmationNamesWhoTheConnectorsActAsAndADrillRunsOnLoopbackServers() throws Exception {
        try (LoopbackDrill drill = new LoopbackDrill()) {
            Path plans = dir.resolve("plans");
            drill.writePlan(plans);
            open(ConsoleOptions.parse(List.of("--start", "--plans", plans.toString(), "--incidents", dir.resolve("incidents").toString(),
                    "--actor", WarRoomHarness.ACTOR)));
            await(() -> text("#start-system").equals("本機演練網站") && !lookup("#start-open").queryButton().isDisabled());

            clickOn("#mode-live");
            clickOn("#start-open");
            await(() -> lookup("#live-identity-web").tryQuery().map(WarRoomHarness::shown).orElse(false));
            shootInEveryLanguage("09-live-confirmation");
            type(KeyCode.ESCAPE);
            await(() -> !lookup("#live-confirmation").tryQuery().map(WarRoomHarness::shown).orElse(false));

            clickOn("#mode-drill");
            clickOn("#start-open");
            WarRoomHarness.awaitRoom(this);
            await(() -> has(lookup("#resource-api").query(), "up") && has(lookup("#resource-api-standby").query(), "down")
                    && has(lookup("#resource-api-name").query(), "up") && lookup("#provider-identity-http").tryQuery().isPresent());
            shoot("10-drill-room", true);
        }
        assertEveryPictureShowsSomething();
    }

    @Test
    void theStartScreenListsEachPlansDrillsAndTheChosenDrillsOwnTargets() throws Exception {
        open(ConsoleTestKit.tabletop(dir, "--start"));
        await(() -> text("#start-status").endsWith("plans ready") && !lookup("#drill-list").queryListView().getItems().isEmpty());
        press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        type(KeyCode.HOME);
        ListView<Drill> drills = lookup("#drill-list").queryListView();
        for (int i = 0; i < drills.getItems().size() && !"db-primary-drill-q1".equals(chosenDrill(drills)); i++) {
            type(KeyCode.DOWN);
        }
        await(() -> shown(lookup("#drill-details").query()));
        assertThat(text("#drill-criterion-rto")).isEqualTo("• RTO < 5 minutes — RTO within 5m");
        shoot("11-drill-start", true);
        assertEveryPictureShowsSomething();
    }

    @Test
    void aFiredMessageInjectWaitsAsACardForTheTeamToAcknowledge() throws Exception {
        Plan plan = DrillRoom.plan();
        IncidentRuntime[] drill = new IncidentRuntime[1];
        stage = FxToolkit.registerPrimaryStage();
        interact(() -> {
            app = new WarRoomApp(ConsoleOptions.parse(List.of("--actor", WarRoomHarness.ACTOR, "--plans", ConsoleTestKit.plans().toString(),
                    "--incidents", dir.resolve("incidents").toString())), () -> {
                        drill[0] = DrillRoom.open(plan, dir.resolve("drill.jsonl"));
                        return drill[0];
                    });
            app.start(stage);
        });
        await(() -> lookup("#war-room").tryQuery().isPresent() && drill[0] != null);
        drill[0].incident().drillDesk().fire("dba-call", "fran");
        await(() -> lookup("#inject-card-dba-call").tryQuery().map(WarRoomHarness::shown).orElse(false));
        shoot("12-inject-card", true);
        assertEveryPictureShowsSomething();
    }

    private static String chosenDrill(ListView<Drill> drills) {
        Drill chosen = drills.getSelectionModel().getSelectedItem();
        return chosen == null ? null : chosen.id();
    }

    // ---- getting there -----------------------------------------------------------------------

    private void open(ConsoleOptions options) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        interact(() -> {
            app = new WarRoomApp(options);
            app.start(stage);
        });
    }

    /** An incident someone opened and left without ending it, so the start screen offers to resume it. */
    private static void leftOpenLastNight(Path journal) throws Exception {
        ConsoleTestKit.openAndLeave(ConsoleTestKit.plans().resolve("ai-workflow.yaml"), journal, "bob",
                handle -> handle.commands().note(NoteKind.NOTE, "Stopped after the pre-failover checks; resume in the morning").get());
    }

    /** The AI Workflow plan whose region-failure scenario also has the DNS provider refuse every update. */
    private Path dnsRefusesUpdates() throws Exception {
        String plan = Files.readString(ConsoleTestKit.plans().resolve("ai-workflow.yaml"), StandardCharsets.UTF_8);
        String faults = "    entry: region-failure-detected\n    faults:\n";
        assertThat(plan).containsOnlyOnce(faults);
        Path file = dir.resolve("ai-workflow-dns-refuses.yaml");
        Files.writeString(file, plan.replace(faults, faults + "      - at: 0s\n        fault: dns-update-fails\n        target: dns-api\n"),
                StandardCharsets.UTF_8);
        return file;
    }

    private void note(KeyCode key, String words) {
        type(key);
        write(words);
        type(KeyCode.ENTER);
        await(() -> timeline().stream().anyMatch(e -> e.event().contains(words)));
        type(KeyCode.ESCAPE);
    }

    private List<TimelineEntry> timeline() {
        ListView<TimelineEntry> list = lookup("#timeline-list").queryListView();
        return list.getItems();
    }

    private Label tab(String title) {
        return lookup("#work-tabs .tab-label").queryAllAs(Label.class).stream().filter(l -> l.getText().equals(title)).findFirst()
                .orElseThrow();
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    // ---- looks and pictures --------------------------------------------------------------------

    /** The notifications over the war room now (ControlsFX popups in the window's corner). */
    private List<NotificationBar> notifications() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow popup && popup.isShowing() && popup.getOwnerWindow() == stage)
                .flatMap(w -> w.getScene().getRoot().lookupAll(".notification-bar").stream())
                .map(NotificationBar.class::cast).toList()).get(10, TimeUnit.SECONDS);
    }

    /**
     * The screen as it is now in each theme, then (in war-room dark) in both Chinese scripts when {@code inChinese};
     * once the notifications of what just happened have gone, so the pictures are the same each run.
     */
    private void shoot(String name, boolean inChinese) throws Exception {
        await(() -> notifications().isEmpty());
        for (Theme next : THEMES) {
            useTheme(next);
            taken.add(Screenshot.take(stage.getScene(), name + "-" + AppCommands.themeWord(next)));
        }
        useTheme(Theme.WAR_ROOM_DARK);
        if (inChinese) {
            for (Locale language : CHINESE) {
                speak(language);
                taken.add(Screenshot.take(stage.getScene(), name + "-" + language.toLanguageTag()));
            }
            speak(Messages.ENGLISH);
        }
    }

    /** The screen as it is now, in the theme it has (a sheet on screen keeps the palette away), in English and both Chinese scripts. */
    private void shootInEveryLanguage(String name) throws Exception {
        taken.add(Screenshot.take(stage.getScene(), name + "-" + AppCommands.themeWord(theme)));
        for (Locale language : CHINESE) {
            speak(language);
            taken.add(Screenshot.take(stage.getScene(), name + "-" + language.toLanguageTag()));
        }
        speak(Messages.ENGLISH);
    }

    /** The palette open over the war room, listing every command with its key, in each theme. */
    private void shootWithPalette(String name) throws Exception {
        for (Theme next : THEMES) {
            useTheme(next);
            openPalette();
            assertThat(paletteResults().getItems()).extracting(CommandSearch.Entry::name).contains("Write a note on the timeline");
            taken.add(Screenshot.take(stage.getScene(), name + "-" + AppCommands.themeWord(next)));
            type(KeyCode.ESCAPE);
            await(() -> !paletteShown());
        }
        useTheme(Theme.WAR_ROOM_DARK);
    }

    /** Switches the theme as a commander would: the palette, "theme …", Enter. */
    private void useTheme(Theme next) {
        if (next == theme) {
            return;
        }
        openPalette();
        String word = AppCommands.themeWord(next);
        write("theme " + word);
        await(() -> paletteResults().getSelectionModel().getSelectedItem() != null
                && paletteResults().getSelectionModel().getSelectedItem().nameKey().equals("palette.theme." + word));
        type(KeyCode.ENTER);
        await(() -> stage.getScene().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("/" + next.stylesheet())));
        theme = next;
    }

    private void openPalette() {
        press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        await(this::paletteShown);
    }

    private boolean paletteShown() {
        return lookup("#palette").tryQuery().map(WarRoomHarness::shown).orElse(false);
    }

    private ListView<CommandSearch.Entry> paletteResults() {
        return lookup("#palette-results").queryListView();
    }

    private void speak(Locale language) {
        interact(() -> app.messages().setLocale(language));
    }

    private void assertEveryPictureShowsSomething() {
        assertThat(taken).isNotEmpty().allSatisfy(shot -> {
            assertThat(shot.width()).as(shot.file() + " width").isEqualTo((int) WIDTH);
            assertThat(shot.height()).as(shot.file() + " height").isEqualTo((int) HEIGHT);
            assertThat(shot.colours()).as(shot.file() + " colours").isGreaterThan(64);
            assertThat(shot.brightnessSpread()).as(shot.file() + " brightness spread").isGreaterThan(10);
        });
    }
}
