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
import dev.warroom.core.incident.NoteKind;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.time.AcceleratedClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The war room's timeline says WarRoom's own phrases in the console's language (繁體中文, 简体中文, English), with
 * the plan's titles as the plan is written; switching the language says the entries already shown again in the new one.
 */
class TimelineInTheRoomsLanguageTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    private static final String NOTE = "DBA 已上線 on the bridge";
    private static final String SKIP_REASON = "rehearsing a failure";

    /** What starts each kind of WarRoom-written entry, in each language. */
    private record Phrases(String opened, String decisionPoint, String answered, String done, String skipped, String failed,
            String procedureStarted, String fault, String stateWas) {

        static final Phrases TRADITIONAL = new Phrases("事件以 TABLETOP 模式在模擬環境開啟", "決策點：", "回答 ", "完成：", "已略過：",
                "失敗：", "程序開始：", "故障 ", "原為 ");
        static final Phrases SIMPLIFIED = new Phrases("事件以 TABLETOP 模式在模拟环境开启", "决策点：", "回答 ", "完成：", "已跳过：",
                "失败：", "程序开始：", "故障 ", "原为 ");
        static final Phrases ENGLISH = new Phrases("Incident opened in TABLETOP mode on the simulated world", "Decision point: ", "Answered ",
                "Done: ", "Skipped: ", "Failed: ", "Procedure started: ", "Fault ", "was ");
    }

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

    private void open(WarRoomApp console) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        interact(() -> {
            app = console;
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

    private static Predicate<TimelineEntry> saying(String start) {
        return e -> e.event().startsWith(start);
    }

    @Test
    void aTraditionalChineseRoomSaysEveryKindOfEntryInTraditionalChineseAndEachSwitchSaysThemAgain() throws Exception {
        open(new WarRoomApp(ConsoleTestKit.tabletop(dir, "--lang", "zh-TW")));
        WarRoomHarness.answerIntoFullFailover(this);
        WarRoomHarness.confirmUntil(this, "promote-dr-db");
        press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);
        await(() -> shown(lookup("#reason").query()));
        write(SKIP_REASON);
        type(KeyCode.ENTER);
        await(() -> WarRoomHarness.currentStep(this).filter("verify-db"::equals).isPresent());
        type(KeyCode.ENTER);
        await(() -> has(lookup("#step-verify-db").query(), "failed"));
        type(KeyCode.N);
        write(NOTE);
        type(KeyCode.ENTER);
        await(() -> entry(e -> e.kind().equals("note")).isPresent() && entry(e -> e.kind().equals("state")).isPresent());

        assertEveryKindIn(Phrases.TRADITIONAL);
        List<TimelineEntry> traditional = timeline();

        interact(() -> app.messages().setLocale(Messages.SIMPLIFIED_CHINESE));
        await(() -> entry(saying(Phrases.SIMPLIFIED.opened())).isPresent());
        assertEveryKindIn(Phrases.SIMPLIFIED);
        assertSameEntriesInOtherWords(traditional, timeline(), Phrases.TRADITIONAL, Phrases.SIMPLIFIED);

        interact(() -> app.messages().setLocale(Locale.ENGLISH));
        await(() -> entry(saying(Phrases.ENGLISH.opened())).isPresent());
        assertEveryKindIn(Phrases.ENGLISH);
        assertSameEntriesInOtherWords(traditional, timeline(), Phrases.TRADITIONAL, Phrases.ENGLISH);
        assertThat(timeline()).noneMatch(e -> e.event().startsWith("事件") || e.event().startsWith("決策點") || e.event().startsWith("完成"));
    }

    @Test
    void anEnglishRoomSaysItsOwnPhrasesInEnglish() throws Exception {
        open(new WarRoomApp(ConsoleTestKit.tabletop(dir)));
        await(() -> entry(saying(Phrases.ENGLISH.decisionPoint())).isPresent());

        assertThat(timeline().get(0).event()).startsWith(Phrases.ENGLISH.opened());
        assertThat(entry(e -> e.kind().equals("inject")).orElseThrow().event()).startsWith(Phrases.ENGLISH.fault());
        assertThat(timeline()).noneMatch(e -> e.event().startsWith("事件") || e.event().startsWith("決策點"));
    }

    @Test
    void aResumedIncidentSaysSoInSimplifiedChinese() throws Exception {
        Path planFile = ConsoleTestKit.plans().resolve("ai-workflow.yaml");
        Path journal = dir.resolve("left.jsonl");
        ConsoleTestKit.openAndLeave(planFile, journal, WarRoomHarness.ACTOR,
                handle -> handle.commands().note(NoteKind.NOTE, NOTE).get());
        ConsoleOptions options = ConsoleTestKit.tabletop(dir, "--lang", "zh-CN");
        open(new WarRoomApp(options, () -> TabletopRuntime.resume(ConsoleTestKit.plan(planFile), journal,
                new AcceleratedClock(Instant.now().plusSeconds(60), 1), false, WarRoomHarness.ACTOR, e -> { })));
        await(() -> entry(saying("从日志恢复事件")).isPresent());

        assertThat(timeline().get(0).event()).startsWith(Phrases.SIMPLIFIED.opened());
        assertThat(entry(e -> e.kind().equals("note")).orElseThrow().event()).isEqualTo(NOTE);

        interact(() -> app.messages().setLocale(Messages.TRADITIONAL_CHINESE));
        await(() -> entry(saying("自日誌恢復事件")).isPresent());
        assertThat(timeline().get(0).event()).startsWith(Phrases.TRADITIONAL.opened());
    }

    /** Each kind of entry WarRoom writes is there in {@code words}, and none in another language's. */
    private void assertEveryKindIn(Phrases words) {
        List<TimelineEntry> shown = timeline();
        assertThat(shown.get(0).event()).startsWith(words.opened());
        assertThat(shown).anyMatch(saying(words.decisionPoint()));
        assertThat(shown).anyMatch(saying(words.answered()));
        assertThat(shown).anyMatch(saying(words.done()));
        assertThat(shown).anyMatch(saying(words.procedureStarted()));
        assertThat(entry(saying(words.skipped())).orElseThrow().outcome()).isEqualTo(SKIP_REASON);
        assertThat(shown).anyMatch(saying(words.failed()));
        assertThat(entry(e -> e.kind().equals("inject")).orElseThrow().event()).startsWith(words.fault());
        assertThat(entry(e -> e.kind().equals("state")).orElseThrow().outcome()).startsWith(words.stateWas());
        assertThat(entry(e -> e.kind().equals("note")).orElseThrow().event()).as("a person's words as typed").isEqualTo(NOTE);
        List<Phrases> others = new ArrayList<>(List.of(Phrases.TRADITIONAL, Phrases.SIMPLIFIED, Phrases.ENGLISH));
        others.remove(words);
        for (Phrases other : others) {
            for (String phrase : List.of(other.decisionPoint(), other.done(), other.skipped(), other.failed(), other.procedureStarted())) {
                if (!List.of(words.decisionPoint(), words.done(), words.skipped(), words.failed(), words.procedureStarted()).contains(phrase)) {
                    assertThat(shown).as("nothing says '" + phrase + "'").noneMatch(saying(phrase));
                }
            }
        }
    }

    /**
     * The entries shown before the switch are all still there, in order, said again: the same events with the same
     * plan titles after WarRoom's phrase (the step that failed, say), and what people wrote unchanged.
     */
    private static void assertSameEntriesInOtherWords(List<TimelineEntry> before, List<TimelineEntry> after, Phrases was, Phrases now) {
        assertThat(after.subList(0, before.size())).extracting(TimelineEntry::seq).isEqualTo(before.stream().map(TimelineEntry::seq).toList());
        assertThat(after.subList(0, before.size())).extracting(TimelineEntry::kind).isEqualTo(before.stream().map(TimelineEntry::kind).toList());
        String failedBefore = before.stream().filter(saying(was.failed())).findFirst().orElseThrow().event().substring(was.failed().length());
        String failedAfter = after.stream().filter(saying(now.failed())).findFirst().orElseThrow().event().substring(now.failed().length());
        assertThat(failedAfter).as("the step's title as the plan is written").isEqualTo(failedBefore);
        assertThat(after.stream().filter(e -> e.kind().equals("note")).map(TimelineEntry::event)).containsExactly(NOTE);
    }
}
