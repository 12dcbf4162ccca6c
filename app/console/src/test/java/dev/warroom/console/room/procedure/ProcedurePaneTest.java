package dev.warroom.console.room.procedure;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.has;
import static dev.warroom.console.room.procedure.WarRoomHarness.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The active procedure of the AI Workflow plan's full failover: the step card, typed names, skip and failure. */
class ProcedurePaneTest extends WarRoomFixture {

    @Test
    void saysWhatToDoWhileNoProcedureRuns() {
        WarRoomHarness.awaitRoom(this);

        assertThat(text("#procedure-empty")).isEqualTo(
                "No procedure is running yet. Answer the question above — 區域故障已確認? (< 5 min) — with keys 1–2.");
        assertThat(shown(lookup("#confirm").query())).isFalse();
    }

    @Test
    void theStepCardShowsTheDryRunAndTheExactCall() {
        WarRoomHarness.answerIntoFullFailover(this);
        WarRoomHarness.confirmUntil(this, "promote-dr-db");
        WarRoomHarness.screenshot(stage.getScene(), "procedure-card-destructive");

        assertThat(text("#step-title")).isEqualTo("提升 DR 數據庫為主節點");
        assertThat(text("#step-preview-summary")).isEqualTo("Promote ai-workflow-db-dr to a standalone, writable primary");
        TextArea call = lookup("#step-call").queryAs(TextArea.class);
        assertThat(call.getText()).contains("ai-workflow-db-dr");
        assertThat(call.isEditable()).isFalse();
        assertThat(lookup("#step-command").queryAs(TextArea.class).getText()).startsWith("az postgres flexible-server replica promote");
    }

    @Test
    void aDestructiveStepWaitsForTheTargetNameTypedExactly() {
        WarRoomHarness.answerIntoFullFailover(this);
        WarRoomHarness.confirmUntil(this, "promote-dr-db");
        Button confirm = lookup("#confirm").queryAs(Button.class);

        assertThat(text("#typed-hint")).isEqualTo("Destructive step: type ai-workflow-db-dr to confirm.");
        assertThat(confirm.isDisabled()).isTrue();

        clickOn("#typed-name").write("ai-workflow-db-pr");
        assertThat(confirm.isDisabled()).isTrue();
        type(KeyCode.ENTER);
        await(() -> !text("#step-problem").isEmpty());
        assertThat(text("#step-problem")).contains("type the target name 'ai-workflow-db-dr' exactly").contains("ai-workflow-db-pr");
        assertThat(has(lookup("#step-promote-dr-db").query(), "proposed")).isTrue();

        type(KeyCode.BACK_SPACE, 2).write("dr");
        assertThat(confirm.isDisabled()).isFalse();
        clickOn(confirm);
        await(() -> has(lookup("#step-promote-dr-db").query(), "done"));
        assertThat(WarRoomHarness.currentStep(this)).contains("verify-db");
        assertThat(text("#step-promote-dr-db .wr-step-meta")).startsWith("done ");
    }

    @Test
    void aChineseRoomSaysWhyTheEngineRefusedATargetNameTypedWrongInChinese() {
        interact(() -> app.messages().setLocale(Messages.TRADITIONAL_CHINESE));
        WarRoomHarness.answerIntoFullFailover(this);
        WarRoomHarness.confirmUntil(this, "promote-dr-db");
        assertThat(text("#step-preview-summary")).isEqualTo("將 ai-workflow-db-dr 提升為獨立、可寫入的主節點");

        clickOn("#typed-name").write("ai-workflow-db-pr");
        type(KeyCode.ENTER);
        await(() -> !text("#step-problem").isEmpty());

        assertThat(text("#step-problem")).isEqualTo("破壞性步驟「promote-dr-db」：須準確輸入目標名稱「ai-workflow-db-dr」才能確認（你輸入的是「ai-workflow-db-pr」）");
        assertThat(has(lookup("#step-promote-dr-db").query(), "proposed")).isTrue();
    }

    @Test
    void skippingAStepNeedsAReason() {
        WarRoomHarness.answerIntoFullFailover(this);
        WarRoomHarness.confirmUntil(this, "notify-team");

        press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);
        await(() -> shown(lookup("#reason").query()));
        assertThat(text("#reason-prompt .wr-card-kind")).isEqualTo("Why skip this step? A reason is required.");
        assertThat(lookup("#reason-submit").queryAs(Button.class).isDisabled()).isTrue();
        type(KeyCode.ENTER);
        assertThat(text("#reason-required")).isEqualTo("A reason is required.");
        assertThat(has(lookup("#step-notify-team").query(), "proposed")).isTrue();

        write("the team is already on the bridge");
        type(KeyCode.ENTER);
        await(() -> has(lookup("#step-notify-team").query(), "skipped"));
        assertThat(text("#step-notify-team .wr-step-meta")).isEqualTo("skipped");
        assertThat(WarRoomHarness.currentStep(this)).contains("use-dr-cluster");
    }

    @Test
    void afterAFailureTheCommanderCanRetrySkipOrAbort() {
        WarRoomHarness.answerIntoFullFailover(this);
        WarRoomHarness.confirmUntil(this, "promote-dr-db");
        press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);
        await(() -> shown(lookup("#reason").query()));
        write("rehearsing a failure");
        type(KeyCode.ENTER);
        await(() -> WarRoomHarness.currentStep(this).filter("verify-db"::equals).isPresent());

        type(KeyCode.ENTER);
        await(() -> has(lookup("#step-verify-db").query(), "failed"));
        WarRoomHarness.screenshot(stage.getScene(), "procedure-failed-step");

        assertThat(text("#step-status")).startsWith("Failed: ");
        assertThat(shown(lookup("#retry").query())).isTrue();
        assertThat(shown(lookup("#skip").query())).isTrue();
        assertThat(shown(lookup("#abort").query())).isTrue();
        assertThat(shown(lookup("#rollback").query())).as("verify-db has no rollback in the plan").isFalse();
        assertThat(shown(lookup("#confirm").query())).isFalse();

        press(KeyCode.ALT, KeyCode.R).release(KeyCode.R, KeyCode.ALT);
        await(() -> has(lookup("#step-verify-db").query(), "proposed"));
        assertThat(shown(lookup("#confirm").query())).isTrue();

        press(KeyCode.ALT, KeyCode.A).release(KeyCode.A, KeyCode.ALT);
        await(() -> shown(lookup("#reason").query()));
        write("the DR database was never promoted");
        type(KeyCode.ENTER);
        await(() -> text("#procedure-empty").startsWith("The incident was aborted"));
        assertThat(text("#procedure-empty")).isEqualTo("The incident was aborted: the DR database was never promoted");
        assertThat(text("#decision-title")).isEqualTo("the DR database was never promoted");
    }

    @Test
    void theStepProposedWhenTheIncidentIsAbortedNoLongerReadsAsTheNextOne() {
        WarRoomHarness.answerIntoFullFailover(this);
        WarRoomHarness.confirmUntil(this, "notify-team");
        assertThat(text("#step-notify-team .wr-step-meta")).isEqualTo("next");
        assertThat(has(lookup("#step-notify-team").query(), "current")).isTrue();

        press(KeyCode.ALT, KeyCode.A).release(KeyCode.A, KeyCode.ALT);
        await(() -> shown(lookup("#reason").query()));
        write("the primary region came back on its own");
        type(KeyCode.ENTER);
        await(() -> text("#procedure-empty").startsWith("The incident was aborted"));
        // the step's card takes the ended incident's look at a pulse of its own
        await(() -> !has(lookup("#step-notify-team").query(), "current") && !shown(lookup("#step-notify-team .wr-step-meta").query()));

        assertThat(has(lookup("#step-notify-team").query(), "current")).as("no step is current in an ended incident").isFalse();
        assertThat(has(lookup("#step-notify-team").query(), "proposed")).isFalse();
        assertThat(has(lookup("#step-notify-team").query(), "pending")).as("it never started").isTrue();
        assertThat(shown(lookup("#step-notify-team .wr-step-meta").query())).as("no \"next\" beside it").isFalse();
    }

    @Test
    void enterConfirmsNothingWhileTheStepCardIsOutOfSight() {
        WarRoomHarness.answerIntoFullFailover(this);
        clickOn("Checklists");

        type(KeyCode.ENTER);

        assertThat(lookup("#confirm").queryAs(Button.class).isDisabled()).as("no confirmation on its way").isFalse();
        clickOn(lookup(".tab-label").<javafx.scene.control.Labeled>queryAll().stream().filter(tab -> tab.getText().equals("Procedure"))
                .findFirst().orElseThrow());
        assertThat(has(lookup("#step-authorize").query(), "proposed")).isTrue();
        type(KeyCode.ENTER);
        await(() -> has(lookup("#step-authorize").query(), "done"));
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }
}
