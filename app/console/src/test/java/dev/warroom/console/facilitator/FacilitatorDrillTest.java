package dev.warroom.console.facilitator;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.WarRoomScreen;
import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.core.drill.DrillState;
import dev.warroom.core.drill.InjectState;
import dev.warroom.core.drill.InjectStatus;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalReader;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.DrillInject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
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
 * The AI Workflow Q1 database drill in TABLETOP, run with both windows as a facilitator and a commander
 * would: scheduled and triggered injects fire, one is held and released, one skipped, one added ad hoc;
 * the clock is paused and its speed changed; observations are written; at the end the journal judges
 * what it measured, the facilitator judges the rest, writes the hot wash, ticks the cleanup and closes
 * the drill. The journal holds all of it, and the room, walked text by text along the way, never showed
 * what only the facilitator may see.
 */
class FacilitatorDrillTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    private static final String DRILL = "db-primary-drill-q1";
    private static final String SKIP_REASON = "the DBA is already on the bridge";
    private static final String AD_HOC_MESSAGE = "The CFO asks on the bridge when orders will flow again";
    private static final String AD_HOC_EXPECT = "The commander answers with the RTO estimate";
    private static final String STRENGTH = "The DBA confirmed the failure from pg_isready within a minute";
    private static final String IMPROVEMENT = "Nobody said the RPO out loud before the standby took over";
    private static final String EVIDENCE = "Three services reconnected without a restart, seen in the pod logs";
    private static final String WENT_WELL = "Clear roles on the bridge";
    private static final String TO_IMPROVE = "Lag alert routing to the DBA";
    private static final String ACTION = "Page the DBA on replica lag over 30s";

    @TempDir
    Path dir;
    private WarRoomApp app;
    private Stage room;
    private final Set<String> roomTexts = new LinkedHashSet<>();

    @Override
    public void start(Stage stage) {
        // the test opens its own console
    }

    @AfterEach
    void closeTheConsole() throws Exception {
        if (app != null) {
            WaitForAsyncUtils.asyncFx(app::stop).get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theQ1DatabaseDrillRunsWithBothWindowsAndTheRoomSeesOnlyWhatTheTeamMay() throws Exception {
        Path journal = dir.resolve("drill.jsonl");
        room = FxToolkit.registerPrimaryStage();
        interact(() -> {
            app = new WarRoomApp(ConsoleTestKit.tabletop(dir, "--journal", journal.toString(), "--clock", "accelerated", "--speed", "60",
                    "--drill", DRILL, "--facilitator"));
            app.start(room);
        });
        WarRoomHarness.awaitRoom(this);
        await(() -> app.facilitatorWindow().isPresent() && lookup("#facilitator").tryQuery().isPresent());
        Stage facilitator = app.facilitatorWindow().orElseThrow();
        Drill drill = ConsoleTestKit.plan(ConsoleTestKit.plans().resolve("ai-workflow.yaml")).drills().stream()
                .filter(d -> d.id().equals(DRILL)).findFirst().orElseThrow();
        // which inject plays which part, from what the plan holds: the scheduled one fires on time, the first
        // triggered one fires when the team gets there, the next is held and released, the last is skipped
        DrillInject byTime = drill.injects().stream().filter(i -> i.at() != null).findFirst().orElseThrow();
        List<DrillInject> triggered = drill.injects().stream().filter(DrillInject::triggered).toList();
        assertThat(triggered).as("the drill's triggered injects").hasSizeGreaterThanOrEqualTo(3);
        DrillInject byTrigger = triggered.get(0);
        DrillInject toHold = triggered.get(1);
        DrillInject toSkip = triggered.get(triggered.size() - 1);
        await(() -> drillState().isPresent());
        seeTheRoom();

        // hold one inject and skip another, from the keyboard, before their trigger comes
        onInject(toHold.id(), "#inject-hold");
        press(KeyCode.ALT, KeyCode.H).release(KeyCode.H, KeyCode.ALT);
        awaitInject(toHold.id(), InjectStatus.HELD);
        onInject(toSkip.id(), "#inject-skip");
        press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);
        await(() -> WarRoomHarness.shown(lookup("#skip-reason").query()));
        write(SKIP_REASON);
        type(KeyCode.ENTER);
        awaitInject(toSkip.id(), InjectStatus.SKIPPED);
        assertThat(inject(toSkip.id()).skipReason()).isEqualTo(SKIP_REASON);

        // the first one fires on its own, by the schedule
        awaitInject(byTime.id(), InjectStatus.FIRED);
        assertThat(inject(byTime.id()).firedBy()).isEqualTo("schedule");
        seeTheRoom();

        // pause, change the speed while paused, resume at 60×
        clickOn("#facilitator-pause");
        await(() -> drillState().map(d -> d.clock().paused()).orElse(false));
        assertThat(textOf("#facilitator-clock-state")).isEqualTo("clock paused");
        clickOn("#facilitator-speed-10x");
        await(() -> drillState().map(d -> d.clock().speed() == 10).orElse(false));
        press(KeyCode.ALT, KeyCode.P).release(KeyCode.P, KeyCode.ALT);
        await(() -> drillState().map(d -> !d.clock().paused()).orElse(false));
        press(KeyCode.ALT, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.ALT);
        await(() -> drillState().map(d -> d.clock().speed() == 60).orElse(false));
        assertThat(textOf("#facilitator-clock-state")).isEqualTo("clock running at 60×");

        // an ad-hoc inject: a message and a change to the world
        press(KeyCode.ALT, KeyCode.A).release(KeyCode.A, KeyCode.ALT);
        await(() -> WarRoomHarness.shown(lookup("#adhoc-form").query()));
        write(AD_HOC_MESSAGE);
        choose("#adhoc-fault", "replica-lag-spike");
        choose("#adhoc-target", "db-dr");
        clickOn("#adhoc-value").write("20s");
        clickOn("#adhoc-lasting").write("soon");
        type(KeyCode.ENTER);
        await(() -> textOf("#adhoc-problem").startsWith("'soon' is not a duration"));
        assertThat(drillState().orElseThrow().injects()).noneMatch(InjectState::adHoc);
        clickOn("#adhoc-lasting").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("2m");
        clickOn("#adhoc-expect").write(AD_HOC_EXPECT);
        type(KeyCode.ENTER);
        await(() -> drillState().map(d -> d.injects().stream().anyMatch(i -> i.adHoc() && i.status() == InjectStatus.FIRED)).orElse(false));
        InjectState adHoc = drillState().orElseThrow().injects().stream().filter(InjectState::adHoc).findFirst().orElseThrow();
        assertThat(adHoc.inject().message()).isEqualTo(AD_HOC_MESSAGE);
        assertThat(adHoc.inject().target()).isEqualTo("db-dr");
        assertThat(adHoc.firedBy()).as("fired by the facilitator's hand, not by the schedule").isEqualTo(WarRoomHarness.ACTOR);

        // observations, one tagged with a criterion, one with an objective (or the other criterion)
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        observe(STRENGTH, "strength", drill.successCriteria().get(0).id());
        observe(IMPROVEMENT, "area for improvement", drill.objectives().isEmpty() ? drill.successCriteria().get(1).id()
                : drill.objectives().get(0).id());
        await(() -> drillState().map(d -> d.observations().size() == 2).orElse(false));
        seeTheRoom();

        // the commander works the procedure in the room: the triggered injects come from what the team does
        focusRoom();
        runTheProcedure();
        awaitInject(byTrigger.id(), InjectStatus.FIRED);
        assertThat(inject(byTrigger.id()).firedBy()).isEqualTo("trigger");

        // the held inject's trigger came while it was held: it is due, and fires once released
        awaitInject(toHold.id(), InjectStatus.DUE);
        seeTheRoom();
        assertTheRoomNeverShowed(secrets(toHold, toSkip));
        onInject(toHold.id(), "#inject-release");
        press(KeyCode.ALT, KeyCode.R).release(KeyCode.R, KeyCode.ALT);
        awaitInject(toHold.id(), InjectStatus.FIRED);

        // the team answers that the database is back: the incident resolves, and the end of the drill comes up
        focusRoom();
        WarRoomHarness.awaitCurrentNode(this, "db-recovered");
        type(KeyCode.DIGIT1);
        await(() -> state().status().isOver());
        await(() -> WarRoomHarness.shown(lookup("#judge-measured").query()) && !lookup("#judge-measured").queryButton().isDisabled());
        seeTheRoom();

        focusFacilitator();
        clickOn("#judge-measured");
        await(() -> drillState().map(d -> !d.verdicts().isEmpty()).orElse(false) && lookup("#verdicts").queryAs(Parent.class)
                .getChildrenUnmodifiable().size() > 0);
        List<String> left = drill.successCriteria().stream().map(c -> c.id()).filter(id -> drillState().orElseThrow().verdict(id).isEmpty())
                .toList();
        assertThat(left).as("criteria the journal cannot judge").isNotEmpty();
        for (String criterion : left) {
            choose("#verdict-" + criterion, "not met");
            reach("#evidence-" + criterion).write(EVIDENCE);
            type(KeyCode.ENTER);
            await(() -> drillState().orElseThrow().verdict(criterion).isPresent());
        }

        reach("#hotwash-well").write(WENT_WELL);
        reach("#hotwash-improve").write(TO_IMPROVE);
        reach("#action-text").write(ACTION);
        reach("#action-owner").write("erin");
        reach("#action-due").write("2027-01-15");
        type(KeyCode.ENTER);
        drill.objectives().forEach(o -> choose("#rating-" + o.id(), "S"));
        reach("#hotwash-record");
        await(() -> drillState().orElseThrow().hotWash().isPresent());

        drill.cleanup().forEach(item -> {
            reach("#cleanup-" + item.id());
            await(() -> drillState().orElseThrow().cleanupTicked().contains(item.id()));
        });
        reach("#close-drill");
        await(() -> drillState().orElseThrow().closed());
        seeTheRoom();

        List<String> types = JournalReader.read(journal).events().stream().map(JournalEvent::type).toList();
        assertThat(types).contains(EventTypes.INJECT_FIRED, EventTypes.INJECT_HELD, EventTypes.INJECT_RELEASED, EventTypes.INJECT_SKIPPED,
                EventTypes.INJECT_ADDED, EventTypes.CLOCK_PAUSED, EventTypes.CLOCK_RESUMED, EventTypes.CLOCK_SPEED_CHANGED,
                EventTypes.OBSERVATION_ADDED, EventTypes.CRITERION_JUDGED, EventTypes.HOT_WASH_RECORDED, EventTypes.DRILL_CLOSED);
        List<JournalEvent> events = JournalReader.read(journal).events();
        assertThat(events).filteredOn(e -> e.type().equals(EventTypes.INJECT_FIRED)).extracting(e -> e.data().path("inject").asText())
                .contains(byTime.id(), byTrigger.id(), toHold.id(), adHoc.id()).doesNotContain(toSkip.id());
        assertThat(events).filteredOn(e -> e.type().equals(EventTypes.INJECT_FIRED)).extracting(e -> e.data().path("by").asText())
                .contains("schedule", "trigger");
        assertThat(events).filteredOn(e -> e.type().equals(EventTypes.INJECT_FIRED) && e.data().path("inject").asText().equals(adHoc.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.data().path("by").asText()).isEqualTo("facilitator");
                    assertThat(e.actor()).isEqualTo(WarRoomHarness.ACTOR);
                });
        assertThat(events).filteredOn(e -> e.type().equals(EventTypes.INJECT_HELD) || e.type().equals(EventTypes.INJECT_RELEASED))
                .extracting(e -> e.data().path("inject").asText()).containsExactly(toHold.id(), toHold.id());
        assertThat(events).filteredOn(e -> e.type().equals(EventTypes.INJECT_SKIPPED)).singleElement()
                .satisfies(e -> assertThat(e.data().path("reason").asText()).isEqualTo(SKIP_REASON));
        assertThat(events).filteredOn(e -> e.type().equals(EventTypes.CLOCK_SPEED_CHANGED)).extracting(e -> e.data().path("speed")
                .asDouble()).containsExactly(10.0, 60.0);
        assertThat(events).filteredOn(e -> e.type().equals(EventTypes.CLEANUP_TICKED)).extracting(e -> e.data().path("item").asText())
                .containsExactlyInAnyOrderElementsOf(drill.cleanup().stream().map(c -> c.id()).toList());
        assertThat(events).filteredOn(e -> e.type().equals(EventTypes.CRITERION_JUDGED)).extracting(e -> e.actor())
                .contains("journal", WarRoomHarness.ACTOR);
        assertThat(events).filteredOn(e -> e.type().equals(EventTypes.OBSERVATION_ADDED)).extracting(e -> e.data().path("text").asText())
                .containsExactly(STRENGTH, IMPROVEMENT);
        assertThat(events).filteredOn(e -> e.type().equals(EventTypes.HOT_WASH_RECORDED)).singleElement()
                .satisfies(e -> assertThat(e.data().toString()).contains(WENT_WELL, TO_IMPROVE, ACTION, "erin", "2027-01-15"));

        List<String> everSecret = new ArrayList<>(secrets(toSkip));
        everSecret.addAll(List.of(STRENGTH, IMPROVEMENT, EVIDENCE, WENT_WELL, TO_IMPROVE, ACTION, AD_HOC_EXPECT, "not met", "undetermined"));
        drill.injects().forEach(i -> Optional.ofNullable(i.note()).ifPresent(everSecret::add));
        drill.injects().forEach(i -> Optional.ofNullable(i.expect()).ifPresent(everSecret::add));
        assertTheRoomNeverShowed(everSecret);
        assertThat(facilitator.isShowing()).isTrue();
    }

    // ---- the facilitator's hands ------------------------------------------------------------

    /**
     * Selects an inject in the events list, with the keyboard on the list, as the facilitator would before a key, and
     * waits until the key would act on it: the window and the list hold the keyboard, the inject is the one selected and
     * {@code button}, the one its key presses, can be pressed. Selected in one FX step rather than with a click: the
     * list's rows grow as injects fire, so a row found a moment before a click may have moved from under it.
     */
    private void onInject(String id, String button) {
        focusFacilitator();
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        InjectUnderTheKeyboard.select(this, app.facilitatorWindow().orElseThrow(), id, button);
    }

    private void observe(String text, String kind, String tagId) {
        clickOn("#observation-text").write(text);
        choose("#observation-kind", kind);
        interact(() -> lookup("#observation-tag").queryAs(ComboBox.class).getItems().stream()
                .filter(t -> t.toString().contains(tagId) || matchesTag(t, tagId)).findFirst()
                .ifPresent(t -> lookup("#observation-tag").queryAs(ComboBox.class).getSelectionModel().select(t)));
        clickOn("#observation-text");
        type(KeyCode.ENTER);
    }

    private static boolean matchesTag(Object tag, String id) {
        return tag instanceof ObservationsPane.Tag t && (t.criterion().equals(Optional.of(id)) || t.objective().equals(Optional.of(id)));
    }

    /** Chooses the item of a combo box whose words are {@code shown}, from the keyboard-less way a mouse user would. */
    private void choose(String query, String shown) {
        interact(() -> {
            ComboBox<?> box = lookup(query).queryAs(ComboBox.class);
            for (int i = 0; i < box.getItems().size(); i++) {
                Object item = box.getItems().get(i);
                String words = box.getCellFactory() == null ? String.valueOf(item) : cellText(box, item);
                if (words.equals(shown) || String.valueOf(item).equalsIgnoreCase(shown)) {
                    box.getSelectionModel().select(i);
                    return;
                }
            }
            throw new AssertionError(shown + " is not among " + box.getItems());
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String cellText(ComboBox box, Object item) {
        javafx.scene.control.ListCell cell = (javafx.scene.control.ListCell) box.getCellFactory().call(null);
        cell.updateIndex(0);
        try {
            java.lang.reflect.Method update = javafx.scene.control.Cell.class.getDeclaredMethod("updateItem", Object.class, boolean.class);
            update.setAccessible(true);
            update.invoke(cell, item, false);
        } catch (ReflectiveOperationException e) {
            return String.valueOf(item);
        }
        return cell.getText();
    }

    // ---- the commander's hands --------------------------------------------------------------

    /** Puts the keyboard on a control of the end of the drill (which scrolls it into view), then clicks it. */
    private FacilitatorDrillTest reach(String query) {
        interact(() -> lookup(query).query().requestFocus());
        clickOn(query);
        return this;
    }

    private void focusFacilitator() {
        Stage window = app.facilitatorWindow().orElseThrow();
        targetWindow(window);
        interact(() -> {
            window.toFront();
            window.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void focusRoom() {
        targetWindow(room);
        interact(() -> {
            room.toFront();
            room.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Confirms the procedure's steps in the room and answers its checks, looking at the room after each. */
    private void runTheProcedure() {
        await(() -> WarRoomHarness.currentStep(this).isPresent());
        while (true) {
            Optional<String> current = WarRoomHarness.currentStep(this);
            if (current.isEmpty()) {
                break;
            }
            String step = current.get();
            focusRoom();
            if (WarRoomHarness.has(lookup("#step-" + step).query(), "proposed")) {
                WarRoomHarness.confirm(this, step);
                WarRoomHarness.answerCheckIfAsked(this, step);
            }
            await(() -> !WarRoomHarness.currentStep(this).equals(Optional.of(step)));
            seeTheRoom();
        }
    }

    // ---- what each window holds -------------------------------------------------------------

    private IncidentState state() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> lookup("#war-room").queryAs(WarRoomScreen.class).context().vm().stateProperty().get())
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<DrillState> drillState() {
        return state().drill();
    }

    private InjectState inject(String id) {
        return drillState().flatMap(d -> d.inject(id)).orElseThrow(() -> new AssertionError("no inject " + id));
    }

    private void awaitInject(String id, InjectStatus status) {
        await(() -> drillState().flatMap(d -> d.inject(id)).map(i -> i.status() == status).orElse(false));
    }

    private String textOf(String query) {
        return lookup(query).queryLabeled().getText();
    }

    /** What only the facilitator may see of these injects: their message, expected action and note. */
    private static List<String> secrets(DrillInject... injects) {
        List<String> secrets = new ArrayList<>();
        for (DrillInject inject : injects) {
            for (String text : new String[] {inject.message(), inject.messageEn(), inject.expect(), inject.note()}) {
                if (text != null && !text.isBlank()) {
                    secrets.add(text);
                }
            }
        }
        return secrets;
    }

    /** Walks the room's window (and the notifications over it) and keeps every text it shows now. */
    private void seeTheRoom() {
        try {
            roomTexts.addAll(WaitForAsyncUtils.asyncFx(() -> {
                List<String> texts = new ArrayList<>();
                walk(room.getScene(), texts);
                for (Window window : Window.getWindows()) {
                    if (window instanceof PopupWindow popup && popup.getOwnerWindow() == room && popup.isShowing()) {
                        walk(popup.getScene(), texts);
                    }
                }
                return texts;
            }).get(10, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void walk(Scene scene, List<String> texts) {
        if (scene != null) {
            walk(scene.getRoot(), texts);
        }
    }

    private static void walk(Node node, List<String> texts) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        } else if (node instanceof Text text && text.getText() != null) {
            texts.add(text.getText());
        } else if (node instanceof TextInputControl input && input.getText() != null) {
            texts.add(input.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, texts));
        }
    }

    private void assertTheRoomNeverShowed(List<String> secrets) {
        assertThat(roomTexts).as("texts the room has shown").isNotEmpty();
        Predicate<String> showsASecret = text -> secrets.stream().anyMatch(secret -> text.contains(secret));
        assertThat(roomTexts.stream().filter(showsASecret).toList()).as("room texts that give away what only the facilitator sees")
                .isEmpty();
    }
}
