package dev.warroom.console.room.model;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.inject.DrillRoom;
import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.core.incident.IncidentRuntime;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * A drill's room in 繁體中文: the inject the team acknowledged and the facilitator's pause of the drill clock are
 * said in the room's language (the inject's message as the plan writes it), and again in each language switched to.
 */
class DrillTimelineInTheRoomsLanguageTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    private static final String FACILITATOR = "fran";

    @TempDir
    Path dir;
    private WarRoomApp app;
    private volatile IncidentRuntime runtime;

    @Override
    public void start(Stage stage) throws Exception {
        var plan = DrillRoom.plan();
        app = new WarRoomApp(ConsoleOptions.parse(List.of("--actor", WarRoomHarness.ACTOR, "--plans", ConsoleTestKit.plans().toString(),
                "--incidents", dir.resolve("incidents").toString(), "--lang", "zh-TW")), () -> {
                    runtime = DrillRoom.open(plan, dir.resolve("drill.jsonl"));
                    return runtime;
                });
        app.start(stage);
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
    }

    private List<TimelineEntry> timeline() {
        ListView<TimelineEntry> list = lookup("#timeline-list").queryListView();
        return List.copyOf(list.getItems());
    }

    private Optional<TimelineEntry> entry(String event) {
        return timeline().stream().filter(e -> e.event().equals(event)).findFirst();
    }

    @Test
    void theAcknowledgedInjectAndTheDrillClockAreSaidInTheRoomsLanguage() throws Exception {
        await(() -> lookup("#war-room").tryQuery().isPresent() && runtime != null);
        runtime.incident().drillDesk().fire("dba-call", FACILITATOR);
        await(() -> lookup("#inject-card-dba-call").tryQuery().map(WarRoomHarness::shown).orElse(false));
        press(KeyCode.ALT, KeyCode.K).release(KeyCode.K, KeyCode.ALT);
        runtime.incident().drillClock().pause(FACILITATOR);
        runtime.incident().drillClock().resume(FACILITATOR);
        await(() -> entry(DrillRoom.DBA_MESSAGE).isPresent() && entry("演練時鐘繼續").isPresent());

        assertThat(entry(DrillRoom.DBA_MESSAGE).orElseThrow().outcome()).isEqualTo("注入 dba-call 已確認收到");
        assertThat(entry("演練時鐘暫停")).isPresent();
        assertThat(entry("演練時鐘繼續").orElseThrow().outcome()).startsWith("暫停了 ");
        assertThat(timeline().get(0).event()).startsWith("事件以 TABLETOP 模式在模擬環境開啟").contains("，演練 " + DrillRoom.DRILL_ID);

        interact(() -> app.messages().setLocale(Messages.SIMPLIFIED_CHINESE));
        await(() -> entry("演练时钟继续").isPresent());
        assertThat(entry(DrillRoom.DBA_MESSAGE).orElseThrow().outcome()).isEqualTo("注入 dba-call 已确认收到");
        assertThat(entry("演练时钟暂停")).isPresent();

        interact(() -> app.messages().setLocale(Locale.ENGLISH));
        await(() -> entry("Drill clock resumed").isPresent());
        assertThat(entry(DrillRoom.DBA_MESSAGE).orElseThrow().outcome()).as("WarRoom's words in English, the message as the plan writes it").isEqualTo("Inject dba-call acknowledged");
        assertThat(entry("Drill clock paused")).isPresent();
        assertThat(timeline()).noneMatch(e -> e.event().startsWith("演") || e.event().startsWith("事件"));
    }
}
