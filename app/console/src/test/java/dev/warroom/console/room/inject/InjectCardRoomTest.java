package dev.warroom.console.room.inject;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.model.TimelineEntry;
import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.core.drill.ActionItem;
import dev.warroom.core.drill.HotWash;
import dev.warroom.core.drill.ObservationKind;
import dev.warroom.core.drill.Verdict;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.plan.model.CriterionMetric;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The participants' room during a drill: a fired message inject arrives as a card the team acknowledges
 * (button or Alt+K, journalled as the room's commander) and then sits in the timeline; what only the
 * facilitator may see never shows, whatever the facilitator does meanwhile; a paused drill clock says so.
 */
class InjectCardRoomTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    private static final String FACILITATOR = "fran";

    @TempDir
    Path dir;
    private WarRoomApp app;
    private Stage stage;
    private volatile IncidentRuntime runtime;

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        var plan = DrillRoom.plan();
        app = new WarRoomApp(ConsoleOptions.parse(List.of("--actor", WarRoomHarness.ACTOR, "--plans", ConsoleTestKit.plans().toString(),
                "--incidents", dir.resolve("incidents").toString())), () -> {
                    runtime = DrillRoom.open(plan, dir.resolve("drill.jsonl"));
                    return runtime;
                });
        app.start(stage);
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
    }

    @Test
    void aFiredMessageIsACardTheTeamAcknowledgesAndNothingOnlyTheFacilitatorMaySeeEverShows() throws Exception {
        await(() -> lookup("#war-room").tryQuery().isPresent() && runtime != null);
        assertThat(lookup("#inject-cards").tryQuery().map(WarRoomHarness::shown)).as("no card before an inject fires").contains(false);

        var desk = runtime.incident().drillDesk();
        desk.fire("dba-call", FACILITATOR);
        desk.hold("ceo", FACILITATOR);
        desk.skip("press", "SKIP-REASON no press today", FACILITATOR);
        desk.observe("OBSERVATION the team hesitated before promoting", ObservationKind.IMPROVEMENT, Optional.empty(), Optional.empty(),
                FACILITATOR);
        desk.judge(customCriterion(), Verdict.MET, "", "VERDICT-EVIDENCE the apps reconnected", FACILITATOR);
        desk.recordHotWash(new HotWash(List.of("HOTWASH-WELL calm bridge call"), List.of("HOTWASH-IMPROVE faster paging"),
                List.of(new ActionItem("HOTWASH-ACTION automate the lag alert", "erin", "2027-01-15")), Map.of()), FACILITATOR);

        await(() -> lookup("#inject-card-dba-call").tryQuery().map(WarRoomHarness::shown).orElse(false)
                && journal(EventTypes.HOT_WASH_RECORDED).isPresent() && roomHasShown(EventTypes.HOT_WASH_RECORDED));
        assertThat(text("#inject-message-dba-call")).isEqualTo(DrillRoom.DBA_MESSAGE_EN);
        assertThat(text("#inject-time-dba-call")).matches("T\\+00:\\d\\d");
        List<String> seen = texts();
        assertThat(seen).contains(DrillRoom.DBA_MESSAGE_EN);
        assertNothingOnlyTheFacilitatorMaySee(seen);
        ConsoleTestKit.screenshot(stage.getScene(), "inject-card-dark");

        interact(() -> app.messages().setLocale(Messages.TRADITIONAL_CHINESE));
        assertThat(text("#inject-message-dba-call")).as("the plan's own words in Chinese").isEqualTo(DrillRoom.DBA_MESSAGE);
        assertThat(lookup("#inject-ack-dba-call").queryAs(Button.class).getText()).startsWith("確認收到");
        interact(() -> app.messages().setLocale(Messages.ENGLISH));

        desk.fire("lag", FACILITATOR);
        await(() -> lookup("#inject-card-lag").tryQuery().map(WarRoomHarness::shown).orElse(false));
        assertThat(lookup("#inject-ack-dba-call").queryAs(Button.class).getText()).as("the key takes the oldest card")
                .isEqualTo("Acknowledge  Alt+K");
        assertThat(lookup("#inject-ack-lag").queryAs(Button.class).getText()).isEqualTo("Acknowledge");

        press(KeyCode.ALT, KeyCode.K).release(KeyCode.K, KeyCode.ALT);
        await(() -> lookup("#inject-card-dba-call").tryQuery().isEmpty());
        IncidentEvent acknowledged = journal(EventTypes.INJECT_ACKNOWLEDGED).orElseThrow();
        assertThat(acknowledged.actor()).isEqualTo(WarRoomHarness.ACTOR);
        assertThat(acknowledged.text("inject")).isEqualTo("dba-call");
        await(() -> timeline().stream().anyMatch(e -> e.event().equals(DrillRoom.DBA_MESSAGE) && e.actor().equals(WarRoomHarness.ACTOR)));

        clickOn("#inject-ack-lag");
        await(() -> lookup("#inject-cards").tryQuery().map(WarRoomHarness::shown).map(s -> !s).orElse(true));
        assertThat(timeline()).extracting(TimelineEntry::kind).contains("inject");
        assertNothingOnlyTheFacilitatorMaySee(texts());
    }

    @Test
    void thePausedDrillClockShowsInTheHeader() throws Exception {
        await(() -> lookup("#war-room").tryQuery().isPresent() && runtime != null);
        assertThat(shown(lookup("#drill-paused").query())).isFalse();
        assertThat(text("#rto-target")).as("the drill's own RTO target").isEqualTo("target 5m");

        runtime.incident().drillClock().pause(FACILITATOR);
        await(() -> shown(lookup("#drill-paused").query()));
        assertThat(text("#drill-paused")).isEqualTo("Paused");
        await(() -> timeline().stream().anyMatch(e -> e.event().equals("Drill clock paused")));

        runtime.incident().drillClock().resume(FACILITATOR);
        await(() -> !shown(lookup("#drill-paused").query()));
    }

    private void assertNothingOnlyTheFacilitatorMaySee(List<String> seen) {
        List<String> secret = new java.util.ArrayList<>(DrillRoom.FACILITATOR_ONLY);
        secret.addAll(List.of("OBSERVATION", "VERDICT-EVIDENCE", "HOTWASH-", "inject.", "observation.", "criterion.", "hotwash."));
        for (String words : secret) {
            assertThat(seen).as("the room shows nothing with '" + words + "'").noneMatch(text -> text != null && text.contains(words));
        }
    }

    /** The drill's first yes-or-no criterion, whatever the seed plan calls it. */
    private String customCriterion() {
        return runtime.incident().plan().drills().stream().filter(d -> d.id().equals(DrillRoom.DRILL_ID)).findFirst().orElseThrow()
                .successCriteria().stream().filter(c -> c.metric() == CriterionMetric.CUSTOM).findFirst().orElseThrow().id();
    }

    private boolean roomHasShown(String type) {
        long seq = journal(type).map(IncidentEvent::seq).orElse(Long.MAX_VALUE);
        return lookup("#war-room").queryAs(dev.warroom.console.room.WarRoomScreen.class).context().vm().stateProperty().get().lastSeq()
                >= seq;
    }

    private Optional<IncidentEvent> journal(String type) {
        List<IncidentEvent> found = runtime.incident().events().stream().filter(e -> e.type().equals(type)).toList();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    private List<String> texts() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> SceneTexts.of(stage)).get(10, TimeUnit.SECONDS);
    }

    private List<TimelineEntry> timeline() {
        ListView<TimelineEntry> list = lookup("#timeline-list").queryListView();
        return list.getItems();
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }
}
