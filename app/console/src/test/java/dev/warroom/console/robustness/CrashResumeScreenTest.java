package dev.warroom.console.robustness;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.has;
import static dev.warroom.console.room.procedure.WarRoomHarness.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.model.TimelineEntry;
import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.console.start.UnfinishedIncident;
import dev.warroom.core.incident.DefaultScenario;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.time.AcceleratedClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A console killed mid-failover: the journal is copied while the DR database's promotion runs (what a
 * kill -9 leaves on disk), then a new console resumes it from the start screen. The war room shows
 * what it showed before — the same question answered, the same steps done, the same ticks, the same
 * timeline — and the step that was running comes back as "outcome unknown", to be verified.
 */
class CrashResumeScreenTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    private static final Set<String> STEP_STATES = Set.of("pending", "proposed", "confirmed", "running", "done", "failed", "skipped",
            "outcome-unknown", "rolled-back");

    @TempDir
    Path dir;
    private WarRoomApp app;

    /** What the war room shows, read off the screen. */
    private record Screen(String question, Set<String> currentNodes, Set<String> takenEdges, Map<String, String> steps,
            Map<String, String> ticks, List<String> timeline) {
    }

    @Override
    public void start(Stage stage) {
        // the test opens one console, kills it, and opens another
    }

    @AfterEach
    void closeTheConsole() throws Exception {
        if (app != null) {
            ConsoleTestKit.stopAndWaitForClosing(app);
        }
    }

    @Test
    void theResumedIncidentShowsTheScreenAsItWasAndTheRunningStepAsOutcomeUnknown() throws Exception {
        AcceleratedClock clock = new AcceleratedClock(Instant.now().truncatedTo(ChronoUnit.SECONDS), 10);
        Path journal = dir.resolve("incident.jsonl");
        open(new WarRoomApp(ConsoleTestKit.tabletop(dir), () -> {
            Path planFile = ConsoleTestKit.plans().resolve("ai-workflow.yaml");
            Plan plan = dev.warroom.console.palette.ConsoleTestKit.plan(planFile);
            return TabletopRuntime.open(new TabletopRuntime.Tabletop(plan, planFile.toString(), "test", DefaultScenario.of(plan),
                    journal, clock, 7, Duration.ZERO, false, WarRoomHarness.ACTOR, "AI Workflow Platform — region failure"), e -> { });
        }));

        WarRoomHarness.answerIntoFullFailover(this);
        WarRoomHarness.confirmUntil(this, "promote-dr-db");
        clickOn(lookup("#work-tabs .tab-label").queryAllAs(Label.class).stream().filter(l -> l.getText().equals("Checklists"))
                .findFirst().orElseThrow());
        for (String item : List.of("primary-down", "dr-healthy")) {
            clickOn("#tick-pre-failover-" + item);
            await(() -> shown(lookup("#ticked-pre-failover-" + item).query()));
        }
        press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        type(KeyCode.N);
        write("Promoting db-dr now; app teams on standby");
        type(KeyCode.ENTER);
        await(() -> timeline().stream().anyMatch(e -> e.event().equals("Promoting db-dr now; app teams on standby")));
        type(KeyCode.ESCAPE);
        type(KeyCode.ENTER);
        write("ai-workflow-db-dr");
        type(KeyCode.ENTER);
        await(() -> has(lookup("#step-promote-dr-db").query(), "running") && text("#step-status").contains("waiting for: "));

        // Time stands still, so nothing moves between reading the screen and the "crash".
        clock.pause();
        WaitForAsyncUtils.waitForFxEvents();
        Screen before = screen();
        Path incidents = Files.createDirectories(dir.resolve("incidents"));
        Path crashed = Files.copy(journal, incidents.resolve("ai-workflow-crashed.jsonl"));
        app.stop();
        app = null;

        open(new WarRoomApp(ConsoleOptions.parse(List.of("--start", "--clock", "virtual", "--plans", ConsoleTestKit.plans().toString(),
                "--incidents", incidents.toString(), "--actor", WarRoomHarness.ACTOR))));
        await(() -> lookup("#unfinished-list").tryQuery().isPresent() && unfinished().getItems().stream()
                .anyMatch(u -> u.journal().equals(crashed)));
        clickOn(".wr-resume-title");
        clickOn("#start-resume");
        WarRoomHarness.awaitRoom(this);
        await(() -> timeline().stream().anyMatch(e -> e.event().startsWith("Incident resumed from the journal")));
        await(() -> has(lookup("#step-promote-dr-db").query(), "outcome-unknown"));
        Screen after = screen();

        assertThat(after.question()).isEqualTo(before.question());
        assertThat(after.currentNodes()).isEqualTo(before.currentNodes()).isNotEmpty();
        assertThat(after.takenEdges()).isEqualTo(before.takenEdges()).isNotEmpty();
        assertThat(before.steps()).containsEntry("promote-dr-db", "running").containsEntry("authorize", "done");
        Map<String, String> expected = new LinkedHashMap<>(before.steps());
        expected.put("promote-dr-db", "outcome-unknown");
        assertThat(after.steps()).isEqualTo(expected);
        assertThat(after.ticks()).isEqualTo(before.ticks()).hasSize(2);
        assertThat(after.timeline()).startsWith(before.timeline().toArray(String[]::new));
        assertThat(after.timeline()).contains("note: Promoting db-dr now; app teams on standby");

        assertThat(text("#step-status")).startsWith("Outcome unknown");
        assertThat(shown(lookup("#verify").query())).isTrue();
        assertThat(shown(lookup("#confirm").query())).isFalse();
    }

    private void open(WarRoomApp next) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = next;
        interact(() -> next.start(stage));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getScene() != null);
    }

    private Screen screen() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> new Screen(
                text("#decision-title"),
                ids(".wr-tree-node", "current"),
                ids(".wr-tree-edge", "taken"),
                steps(),
                ticks(),
                timeline().stream().map(e -> e.kind() + ": " + e.event()).toList())).get(10, TimeUnit.SECONDS);
    }

    private Set<String> ids(String style, String state) {
        Set<String> ids = new TreeSet<>();
        lookup(style).queryAll().stream().filter(n -> has(n, state)).forEach(n -> ids.add(n.getId()));
        return ids;
    }

    private Map<String, String> steps() {
        Map<String, String> steps = new LinkedHashMap<>();
        for (Node row : lookup(".wr-step-row").queryAll()) {
            String state = row.getPseudoClassStates().stream().map(PseudoClass::getPseudoClassName).filter(STEP_STATES::contains)
                    .findFirst().orElse("");
            steps.put(row.getId().substring("step-".length()), state);
        }
        return steps;
    }

    private Map<String, String> ticks() {
        Map<String, String> ticks = new LinkedHashMap<>();
        lookup(".label").queryAllAs(Label.class).stream().filter(l -> l.getId() != null && l.getId().startsWith("ticked-") && l.isVisible())
                .forEach(l -> ticks.put(l.getId(), l.getText()));
        return ticks;
    }

    private List<TimelineEntry> timeline() {
        ListView<TimelineEntry> list = lookup("#timeline-list").queryListView();
        return list.getItems();
    }

    private ListView<UnfinishedIncident> unfinished() {
        return lookup("#unfinished-list").queryListView();
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }
}
