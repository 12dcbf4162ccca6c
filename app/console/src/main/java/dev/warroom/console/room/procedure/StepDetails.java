package dev.warroom.console.room.procedure;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.room.model.RoomContext;
import dev.warroom.core.incident.StepProposal;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.plan.model.StepType;
import dev.warroom.core.plan.model.Verification;
import dev.warroom.core.report.RecordedWords;
import dev.warroom.core.text.SafeText;
import dev.warroom.core.world.ActionPreview;
import java.time.Duration;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * What the next step is and what it will do: its title (plan text, English beside it), role and
 * description; for an action, the dry-run preview in the room's words and the exact call as recorded (monospace,
 * selectable); how success is recognised; the rollback; the document's original command (folded).
 */
final class StepDetails extends VBox {

    private final Messages messages;
    private final StepWords words;
    private final Runnable onEnter;

    /** {@code onEnter}: what Enter does while a read-only code box has the focus (the same as anywhere else: confirm). */
    StepDetails(Messages messages, StepWords words, Runnable onEnter) {
        this.messages = messages;
        this.words = words;
        this.onEnter = onEnter;
        setId("step-card");
        getStyleClass().add(ProcedureStyles.CARD);
    }

    void show(StepProposal proposal, int number, int total) {
        Step step = proposal.step();
        getChildren().clear();
        String kind = messages.get("procedure.step.of", number, total) + " · " + messages.get("procedure.kind."
                + step.type().name().toLowerCase(Locale.ROOT)) + (step.isDestructive() ? " · " + messages.get("procedure.destructive") : "");
        Label kindLine = text(kind, ProcedureStyles.CARD_KIND);
        kindLine.pseudoClassStateChanged(ProcedureStyles.DESTRUCTIVE, step.isDestructive());
        Label title = text(step.title(), ProcedureStyles.CARD_TITLE);
        title.setId("step-title");
        getChildren().addAll(kindLine, title);
        if (step.titleEn() != null) {
            getChildren().add(text(step.titleEn(), ProcedureStyles.CARD_TITLE_EN));
        }
        if (step.role() != null) {
            getChildren().add(text(messages.get("procedure.role", words.role(step.role())), ProcedureStyles.CARD_TEXT));
        }
        if (step.prompt() != null) {
            getChildren().add(text(messages.get("procedure.prompt", step.prompt()), ProcedureStyles.CARD_TEXT));
        }
        for (StepProposal.ShownValue value : proposal.values()) {
            Label shown = text(words.value(value), value.missing() ? ProcedureStyles.PROBLEM : ProcedureStyles.CARD_TEXT);
            shown.setId("step-value-" + value.parameter());
            getChildren().add(shown);
        }
        proposal.preview().ifPresentOrElse(this::preview, () -> {
            if (step.type() != StepType.ACTION) {
                getChildren().add(text(messages.get(step.type() == StepType.CONFIRM ? "procedure.hint.confirm" : "procedure.hint.manual"),
                        ProcedureStyles.CARD_MUTED));
            } else if (!proposal.detail().isEmpty()) {
                getChildren().add(text(RoomContext.recordedIn(messages).reason(proposal.detail()), ProcedureStyles.PROBLEM));
            }
        });
        if (step.verify() != null) {
            getChildren().add(text(messages.get("procedure.verify", title(step.verify()), messages.duration(
                    step.timeout() == null ? Duration.ofMinutes(10) : step.timeout())), ProcedureStyles.CARD_TEXT));
        }
        if (step.rollback() != null) {
            String rollback = step.rollback().title() + (step.rollback().titleEn() == null ? "" : " · " + step.rollback().titleEn());
            getChildren().add(text(messages.get("procedure.rollback.plan", rollback), ProcedureStyles.CARD_TEXT));
        }
        if (step.description() != null) {
            getChildren().add(text(step.description(), ProcedureStyles.CARD_MUTED));
        }
        if (step.command() != null) {
            TitledPane original = new TitledPane(messages.get("procedure.command"), code(step.command().strip(), "step-command", false));
            // A person runs a manual step's command: it is shown open, selectable, to copy; for an action it is reference only.
            original.setExpanded(step.type() != StepType.ACTION);
            // A folded pane is as wide as its title by default; in large type that pushed the card past its column.
            original.setMinWidth(0);
            original.setId("step-command-pane");
            original.getStyleClass().add(ProcedureStyles.CARD_SECTION);
            getChildren().add(original);
        }
    }

    private void preview(ActionPreview preview) {
        VBox box = new VBox(text(messages.get("procedure.preview"), ProcedureStyles.CARD_KIND));
        box.setId("step-preview");
        box.getStyleClass().add(ProcedureStyles.PREVIEW);
        RecordedWords recorded = RoomContext.recordedIn(messages);
        Label summary = text(recorded.preview(preview.summary()), ProcedureStyles.PREVIEW_SUMMARY);
        summary.setId("step-preview-summary");
        box.getChildren().add(summary);
        for (String change : preview.changes()) {
            box.getChildren().add(text("• " + recorded.preview(change), ProcedureStyles.CARD_TEXT));
        }
        box.getChildren().addAll(text(messages.get("procedure.call"), ProcedureStyles.CARD_KIND), code(preview.call(), "step-call", true));
        getChildren().add(box);
    }

    private TextArea code(String content, String id, boolean wrap) {
        TextArea area = new TextArea(content);
        area.setId(id);
        area.getStyleClass().add(ProcedureStyles.CODE);
        area.setEditable(false);
        area.setWrapText(wrap);
        area.setFocusTraversable(false);
        area.setPrefRowCount((int) Math.min(8, Math.max(1, content.lines().count() + (wrap ? content.length() / 48 : 0))));
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                onEnter.run();
            }
        });
        return area;
    }

    private static String title(Verification verify) {
        return verify.title() + (verify.titleEn() == null ? "" : " · " + verify.titleEn());
    }

    static Label text(String words, String style) {
        Label label = new Label(SafeText.forDisplay(words));
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
