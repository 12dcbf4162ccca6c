package dev.warroom.console.room.model;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.has;
import static dev.warroom.console.room.procedure.WarRoomHarness.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.procedure.WarRoomHarness;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * What the engine records in its own fixed words (a resource's state and what it was, "not observed", a signal's
 * "held for" line, a step passed over by its condition) reads in the room's language, in the timeline and in the
 * decision panel; English reads as the journal records it.
 */
class RecordedWordsInTheRoomTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    /** English state words as the engine records them: none may show in a Chinese room's state entries. */
    private static final List<String> ENGLISH_STATES = List.of("up", "down", "degraded", "replica", "primary", "not observed", "unreachable");

    @TempDir
    Path dir;
    private WarRoomApp app;

    @Override
    public void start(Stage stage) {
        // each test opens its own console below
    }

    @AfterEach
    void closeTheConsole() throws Exception {
        if (app != null) {
            ConsoleTestKit.stopAndWaitForClosing(app);
        }
    }

    private void open(ConsoleOptions options) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        interact(() -> {
            app = new WarRoomApp(options);
            app.start(stage);
        });
        WarRoomHarness.awaitRoom(this);
    }

    private List<TimelineEntry> timeline() {
        ListView<TimelineEntry> list = lookup("#timeline-list").queryListView();
        return List.copyOf(list.getItems());
    }

    private Optional<TimelineEntry> entry(Predicate<TimelineEntry> which) {
        return timeline().stream().filter(which).findFirst();
    }

    private List<TimelineEntry> states() {
        return timeline().stream().filter(e -> e.kind().equals("state")).toList();
    }

    private List<String> suggestionEvidence() {
        return lookup("#suggestion .wr-decision-evidence").queryAll().stream().map(n -> ((Label) n).getText()).toList();
    }

    private static boolean saysInEnglish(String text) {
        return ENGLISH_STATES.stream().anyMatch(word -> text.matches("(?s).*\\b" + word + "\\b.*"));
    }

    @Test
    void aChineseRoomSaysStatesNotObservedAndHeldForInItsScriptAndAgainAfterASwitch() throws Exception {
        open(ConsoleTestKit.tabletop(dir, "--lang", "zh-TW"));
        await(() -> entry(e -> e.kind().equals("decision") && e.event().startsWith("訊號 ")).isPresent()
                && lookup("#suggestion").tryQuery().isPresent());

        assertThat(states()).isNotEmpty().allSatisfy(e -> assertThat(saysInEnglish(e.event() + " " + e.outcome())).as(e.toString()).isFalse());
        assertThat(entry(e -> e.event().equals("db-dr: 正常，副本"))).isPresent().get().extracting(TimelineEntry::outcome).isEqualTo("原為 未觀測");
        assertThat(entry(e -> e.event().equals("health-origin-dr: 故障"))).isPresent();
        TimelineEntry suggested = entry(e -> e.event().startsWith("訊號 ")).orElseThrow();
        assertThat(suggested.outcome()).contains("已持續 ").doesNotContain("需要").doesNotContain("held for").doesNotContain(": down");
        assertThat(suggestionEvidence()).anySatisfy(line -> assertThat(line).startsWith("• 已持續 "))
                .noneSatisfy(line -> assertThat(line).contains("held for"));

        interact(() -> app.messages().setLocale(Messages.SIMPLIFIED_CHINESE));
        await(() -> entry(e -> e.event().equals("db-dr: 正常，副本") && e.outcome().equals("原为 未观测")).isPresent()
                && entry(e -> e.event().startsWith("信号 ")).isPresent());
        assertThat(states()).allSatisfy(e -> assertThat(saysInEnglish(e.event() + " " + e.outcome())).as(e.toString()).isFalse());
        assertThat(entry(e -> e.event().startsWith("信号 ")).orElseThrow().outcome()).contains("已持续 ").doesNotContain("held for");
        assertThat(suggestionEvidence()).anySatisfy(line -> assertThat(line).startsWith("• 已持续 "));
    }

    @Test
    void anEnglishRoomSaysWhatTheJournalRecords() throws Exception {
        open(ConsoleTestKit.tabletop(dir));
        await(() -> entry(e -> e.event().startsWith("Signal ")).isPresent() && lookup("#suggestion").tryQuery().isPresent());

        assertThat(entry(e -> e.event().equals("db-dr: up, replica"))).isPresent().get().extracting(TimelineEntry::outcome)
                .isEqualTo("was not observed");
        // the region-failure signal needs no sustained time: its evidence says only how long it has held
        assertThat(entry(e -> e.event().startsWith("Signal ")).orElseThrow().outcome()).matches(".*: down; held for \\S+");
        assertThat(suggestionEvidence()).anySatisfy(line -> assertThat(line).matches("• held for \\S+"));
    }

    @Test
    void aStepPassedOverByItsConditionSaysWhyInSimplifiedChinese() throws Exception {
        String root = System.getProperty("warroom.root", "../..");
        open(ConsoleOptions.parse(List.of("--journal", dir.resolve("incident.jsonl").toString(), "--plan",
                root + "/app/core/src/test/resources/plans/params/params-conditions.yaml", "--scenario", "east-outage",
                "--actor", WarRoomHarness.ACTOR, "--clock", "virtual", "--lang", "zh-CN")));
        await(() -> lookup("#parameter-form").tryQuery().map(WarRoomHarness::shown).orElse(false));
        await(() -> lookup("#parameter-value").query().isFocused());
        type(KeyCode.ENTER);
        await(() -> !shown(lookup("#parameter-form").query()));
        await(() -> has(lookup("#step-go").query(), "proposed"));
        // the step actions stay held until the plan's checks, which run after the first frame, have passed
        await(() -> !lookup("#confirm").queryAs(javafx.scene.control.Button.class).isDisabled());
        type(KeyCode.ENTER);

        await(() -> entry(e -> e.event().startsWith("已跳过：")).isPresent());
        TimelineEntry skipped = entry(e -> e.event().startsWith("已跳过：")).orElseThrow();
        assertThat(skipped.outcome()).isEqualTo("条件不成立：资源“db-east”无法连接：no answer from east: connection timed out reaching db-east.internal，而非可连接");
        await(() -> entry(e -> e.kind().equals("state") && e.event().startsWith("db-east: ")).isPresent());
        assertThat(entry(e -> e.kind().equals("state") && e.event().startsWith("db-east: "))).isPresent().get()
                .satisfies(e -> assertThat(e.event()).startsWith("db-east: 无法连接"));
    }
}
