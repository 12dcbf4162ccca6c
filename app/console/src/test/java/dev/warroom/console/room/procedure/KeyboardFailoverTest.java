package dev.warroom.console.room.procedure;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.has;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The whole regional failover of the AI Workflow plan, driven from the keyboard alone, until the
 * incident resolves; the timeline then holds every step and the report is exported with Ctrl+Shift+R.
 */
class KeyboardFailoverTest extends WarRoomFixture {

    @Test
    void answersByNumberConfirmsByEnterAndTypesTargetNamesUntilTheIncidentResolves() {
        WarRoomHarness.awaitRoom(this);
        await(() -> lookup("#suggestion").tryQuery().isPresent());
        WarRoomHarness.screenshot(stage.getScene(), "keyboard-1-first-question");

        WarRoomHarness.answerIntoFullFailover(this);
        WarRoomHarness.screenshot(stage.getScene(), "keyboard-2-procedure-started");

        int confirmed = 0;
        while (currentStep().isPresent()) {
            String step = currentStep().get();
            await(() -> !lookup("#confirm").queryAs(Button.class).isDisabled() || lookup("#typed-name").query().isVisible());
            if (WarRoomHarness.TYPED_NAMES.containsKey(step)) {
                assertThat(lookup("#confirm").queryAs(Button.class).isDisabled()).as("%s before its name is typed", step).isTrue();
                type(KeyCode.ENTER);
                write(WarRoomHarness.TYPED_NAMES.get(step));
                await(() -> !lookup("#confirm").queryAs(Button.class).isDisabled());
                if (step.equals("promote-dr-db")) {
                    WarRoomHarness.screenshot(stage.getScene(), "keyboard-3-destructive-typed");
                }
            }
            type(KeyCode.ENTER);
            confirmed++;
            WarRoomHarness.answerCheckIfAsked(this, step);
            await(() -> currentStep().filter(step::equals).isEmpty() && has(lookup("#step-" + step).query(), "done"));
        }
        awaitCurrentNode("running-in-dr");
        WarRoomHarness.screenshot(stage.getScene(), "keyboard-4-resolved");

        assertThat(confirmed).isEqualTo(28);
        assertThat(lookup(".wr-step-row").<Node>queryAll()).hasSize(28).allMatch(row -> has(row, "done"));
        assertThat(lookup("#procedure-empty").queryAs(Label.class).getText()).startsWith("The incident is resolved: 服務在 DR 站點運行");
        assertThat(lookup("#decision-title").queryAs(Label.class).getText()).isEqualTo("服務在 DR 站點運行");
        assertThat(has(lookup("#tree-node-running-in-dr").query(), "current")).isTrue();
        assertThat(has(lookup("#tree-edge-impact-scope--full-failover").query(), "taken")).isTrue();

        dev.warroom.core.plan.model.Procedure failover = new dev.warroom.core.plan.load.PlanLoader()
                .load(Path.of(System.getProperty("warroom.root", "../.."), "plans", "ai-workflow.yaml")).plan().orElseThrow().procedures().stream()
                .filter(p -> p.id().equals("full-failover")).findFirst().orElseThrow();
        java.util.List<String> timeline = lookup(".wr-timeline-list").queryAs(javafx.scene.control.ListView.class).getItems().stream()
                .map(Object::toString).toList();
        for (var step : failover.steps()) {
            assertThat(timeline).as("the timeline records step %s as done", step.id())
                    .anyMatch(row -> row.contains("Done: " + step.title()) || row.contains("Done — not verified: " + step.title()));
        }

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        Path report = temp.resolve("incident.md");
        await(() -> java.nio.file.Files.exists(report));
        String markdown = uncheckedRead(report);
        assertThat(markdown).contains("| RTO (impact to verified) | 1h30m |").contains("✅ met");
        for (var step : failover.steps()) {
            // the report is written in English: a step's English title where the plan gives one
            assertThat(markdown).as("the report lists step %s", step.id())
                    .contains(dev.warroom.core.text.TextLanguage.ENGLISH.pick(step.title(), step.titleEn()));
        }
    }

    private static String uncheckedRead(Path file) {
        try {
            return java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void awaitCurrentNode(String id) {
        WarRoomHarness.awaitCurrentNode(this, id);
    }

    private Optional<String> currentStep() {
        return WarRoomHarness.currentStep(this);
    }
}
