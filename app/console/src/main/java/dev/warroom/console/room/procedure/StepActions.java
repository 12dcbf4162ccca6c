package dev.warroom.console.room.procedure;

import atlantafx.base.theme.Styles;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.room.model.IncidentViewModel;
import dev.warroom.console.room.model.RoomContext;
import dev.warroom.console.room.model.RoomProblem;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.IncidentStatus;
import dev.warroom.core.incident.StepProposal;
import dev.warroom.core.incident.StepRun;
import dev.warroom.core.incident.StepStatus;
import dev.warroom.core.plan.model.StepType;
import dev.warroom.core.text.SafeText;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The commander's hand on the next step, always in view under the step card: Confirm (Enter) for
 * an ordinary step; for a destructive one, the target's name typed first (Confirm stays disabled
 * until it matches); while a step runs, what it waits for and for how long; after a failure or an
 * unknown outcome, Retry, Skip (with a reason), Rollback (when the plan has one), Verify, Abort.
 */
final class StepActions extends VBox {

    static final KeyCombination CONFIRM = new KeyCodeCombination(KeyCode.ENTER);
    static final KeyCombination RETRY = new KeyCodeCombination(KeyCode.R, KeyCombination.ALT_DOWN);
    static final KeyCombination SKIP = new KeyCodeCombination(KeyCode.S, KeyCombination.ALT_DOWN);
    static final KeyCombination ROLLBACK = new KeyCodeCombination(KeyCode.B, KeyCombination.ALT_DOWN);
    static final KeyCombination VERIFY = new KeyCodeCombination(KeyCode.V, KeyCombination.ALT_DOWN);
    static final KeyCombination ABORT = new KeyCodeCombination(KeyCode.A, KeyCombination.ALT_DOWN);
    static final KeyCombination CHECK_HOLDS = new KeyCodeCombination(KeyCode.Y, KeyCombination.ALT_DOWN);
    /** "No": to a go/no-go, or to a manual check, whichever is asked. */
    static final KeyCombination SAY_NO = new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN);

    private static final int MIN_NAME_COLUMNS = 12;
    private static final Set<StepStatus> AFTER_TROUBLE = EnumSet.of(StepStatus.FAILED, StepStatus.OUTCOME_UNKNOWN, StepStatus.ROLLED_BACK,
            StepStatus.REFUSED);

    private final IncidentViewModel vm;
    private final RoomContext context;
    private final Messages messages;
    private final String actor;
    private final ObjectProperty<Optional<StepProposal>> shown = new SimpleObjectProperty<>(Optional.empty());
    private final Label status = line("step-status", ProcedureStyles.STATUS_LINE);
    private final Label problem = line("step-problem", ProcedureStyles.PROBLEM);
    private final Label typedHint = line("typed-hint", ProcedureStyles.CARD_TEXT);
    private final TextField typed = new TextField();
    private final Button confirm = new Button();
    private final Button noGo = button("no-go");
    private final Button checkYes = button("check-yes");
    private final Button checkNo = button("check-no");
    private final FlowPane checkRow;
    private final Button verify = button("verify");
    private final Button retry = button("retry");
    private final Button skip = button("skip");
    private final Button rollback = button("rollback");
    private final Button abort = button("abort");
    private final FlowPane confirmRow;
    private final FlowPane recoveryRow;
    private final ReasonPrompt reason;
    private IncidentState state;
    private String typedFor = "";
    private int typedAttempt = -1;

    StepActions(RoomContext context) {
        this.context = context;
        this.vm = context.vm();
        this.messages = context.messages();
        this.actor = context.actor();
        setId("step-actions");
        getStyleClass().add(ProcedureStyles.ACTIONS);
        reason = new ReasonPrompt(messages);
        typed.setId("typed-name");
        typed.getStyleClass().add(ProcedureStyles.TYPED_NAME);
        typed.setOnAction(e -> confirmTyped());
        confirm.setId("confirm");
        confirm.getStyleClass().addAll(ProcedureStyles.CONFIRM, Styles.LARGE);
        confirm.setDefaultButton(false);
        confirm.setOnAction(e -> confirmShown());
        confirm.disableProperty().bind(Bindings.createBooleanBinding(() -> !canConfirm(), shown, typed.textProperty(),
                vm.busyProperty(), vm.stepRunningProperty(), vm.planChecking().holdsActions()));
        // Rows wrap rather than squeeze: in large type a button keeps its words and the name field its width.
        confirmRow = new FlowPane(typed, confirm, noGo);
        confirmRow.getStyleClass().add(ProcedureStyles.ACTION_ROW);
        typed.maxWidthProperty().bind(confirmRow.widthProperty());
        checkRow = new FlowPane(checkYes, checkNo);
        checkRow.getStyleClass().add(ProcedureStyles.ACTION_ROW);
        recoveryRow = new FlowPane(verify, retry, skip, rollback, abort);
        recoveryRow.getStyleClass().add(ProcedureStyles.ACTION_ROW);
        getChildren().addAll(status, typedHint, confirmRow, checkRow, reason, recoveryRow, problem);

        verify.setOnAction(e -> vm.verifyUnknownOutcome(actor));
        retry.setOnAction(e -> vm.retry(actor));
        rollback.setOnAction(e -> vm.rollback(actor));
        skip.setOnAction(e -> reason.open("procedure.reason.skip", "procedure.skip.do", given -> vm.skip(given, actor)));
        abort.setOnAction(e -> reason.open("procedure.reason.abort", "procedure.abort.do", given -> vm.abort(given, actor)));
        noGo.setOnAction(e -> reason.open("procedure.reason.nogo", "procedure.nogo.do", given -> vm.refuse(given, actor)));
        checkYes.setOnAction(e -> reason.open("procedure.reason.check.yes", "procedure.check.record",
                given -> vm.answerCheck(true, given, actor)));
        checkNo.setOnAction(e -> reason.open("procedure.reason.check.no", "procedure.check.record",
                given -> vm.answerCheck(false, given, actor)));
        noGo.getStyleClass().add(Styles.DANGER);
        for (Button b : new Button[] {verify, retry, skip, rollback, noGo, checkYes, checkNo}) {
            b.disableProperty().bind(vm.busyProperty().or(vm.stepRunningProperty()).or(vm.planChecking().holdsActions()));
        }
        // aborting the incident runs no action: it stays open to a commander whose plan failed its checks
        abort.disableProperty().bind(vm.busyProperty().or(vm.stepRunningProperty()));
        abort.getStyleClass().add(Styles.DANGER);
        reason.visibleProperty().addListener((obs, was, open) -> refresh());
        context.subscriptions().onChange(vm.problemProperty(), (old, now) -> refresh());
        context.subscriptions().onChange(vm.waitingForProperty(), (old, now) -> refresh());
        context.subscriptions().onChange(vm.stepRunningProperty(), (old, now) -> refresh());
        context.subscriptions().onChange(messages.localeProperty(), (old, now) -> refresh());
    }

    /** Shows the controls that fit where the step stands. */
    void show(Optional<StepProposal> proposal, IncidentState incident) {
        String stepId = proposal.map(p -> p.procedureId() + "/" + p.step().id()).orElse("");
        Optional<StepProposal> proposed = proposal.filter(p -> p.status() == StepStatus.PROPOSED);
        boolean newAttempt = proposed.map(p -> p.attempts() != typedAttempt).orElse(false);
        if (!stepId.equals(typedFor) || newAttempt) {
            // a name typed for one attempt of a destructive step never confirms another: retry means typing it again
            typed.clear();
        }
        if (!stepId.equals(typedFor)) {
            typedFor = stepId;
            if (reason.isOpen() && proposal.isPresent()) {
                reason.close();
            }
        }
        proposed.ifPresent(p -> typedAttempt = p.attempts());
        state = incident;
        shown.set(proposal);
        refresh();
    }

    private void refresh() {
        if (state == null) {
            return;
        }
        Optional<StepProposal> proposal = shown.get();
        Optional<StepStatus> at = proposal.map(StepProposal::status);
        boolean running = isRunning();
        boolean proposed = at.filter(s -> s == StepStatus.PROPOSED).isPresent() && !running;
        boolean destructive = proposal.map(StepProposal::needsTypedName).orElse(false);
        boolean asking = reason.isOpen();
        boolean trouble = at.filter(AFTER_TROUBLE::contains).isPresent() && !running;

        confirm.setText(messages.get("procedure.confirm") + "   " + CONFIRM.getDisplayText());
        confirm.pseudoClassStateChanged(ProcedureStyles.DANGER, destructive);
        String prompt = messages.get("procedure.typed.prompt");
        typed.setPromptText(prompt);
        String expected = proposal.flatMap(StepProposal::typedConfirmation).orElse("");
        typed.setPrefColumnCount(Math.max(MIN_NAME_COLUMNS, Math.max(prompt.length(), expected.length()) + 1));
        typedHint.setText(messages.get("procedure.typed.hint", expected));
        reveal(typedHint, proposed && destructive && !asking);
        if (typed.isFocused() && !(proposed && destructive)) {
            requestFocus();
        }
        reveal(typed, proposed && destructive);
        reveal(confirmRow, proposed && !asking);
        noGo.setText(label("procedure.nogo", SAY_NO));
        reveal(noGo, proposed && proposal.map(p -> p.step().type() == StepType.CONFIRM).orElse(false));
        boolean checking = at.filter(s -> s == StepStatus.AWAITING_CHECK).isPresent() && !running;
        checkYes.setText(label("procedure.check.yes", CHECK_HOLDS));
        checkNo.setText(label("procedure.check.no", SAY_NO));
        reveal(checkRow, checking && !asking);

        verify.setText(label("procedure.verify.do", VERIFY));
        retry.setText(label("procedure.retry", RETRY));
        skip.setText(label("procedure.skip", SKIP));
        rollback.setText(label("procedure.rollback", ROLLBACK));
        abort.setText(label("procedure.abort", ABORT));
        reveal(verify, at.filter(s -> s == StepStatus.OUTCOME_UNKNOWN).isPresent() && !running);
        reveal(retry, trouble);
        reveal(skip, proposal.isPresent() && !running);
        reveal(rollback, proposal.map(p -> p.step().rollback() != null).orElse(false)
                && at.filter(s -> s == StepStatus.FAILED || s == StepStatus.OUTCOME_UNKNOWN).isPresent() && !running);
        reveal(abort, !state.status().isOver());
        reveal(recoveryRow, !asking && recoveryRow.getChildren().stream().anyMatch(Node::isManaged));

        String statusWords = statusWords(proposal, running);
        status.setText(SafeText.forDisplay(statusWords));
        status.pseudoClassStateChanged(ProcedureStyles.DANGER, trouble);
        reveal(status, !statusWords.isEmpty());
        RoomProblem refusal = vm.problemProperty().get();
        problem.setText(refusal.in(messages));
        reveal(problem, !refusal.isEmpty() && (state.status() != IncidentStatus.DECIDING || asking));
    }

    private boolean isRunning() {
        Optional<StepStatus> at = shown.get().map(StepProposal::status);
        return vm.stepRunningProperty().get() || at.filter(s -> s == StepStatus.CONFIRMED || s == StepStatus.RUNNING).isPresent();
    }

    private String statusWords(Optional<StepProposal> proposal, boolean running) {
        if (proposal.isEmpty()) {
            return "";
        }
        if (running) {
            String since = startedAt(proposal.get()).map(s -> messages.get("procedure.running.for",
                    messages.duration(Duration.between(s, now())))).orElse(messages.get("procedure.running"));
            String waiting = vm.waitingForProperty().get();
            return waiting.isEmpty() ? since : since + "\n" + waiting;
        }
        String detail = proposal.get().detail();
        return switch (proposal.get().status()) {
            case FAILED -> messages.get("procedure.failed", context.recorded().reason(detail));
            case REFUSED -> messages.get("procedure.refused", context.recorded().reason(detail));
            case AWAITING_CHECK -> messages.get("procedure.check", detail);
            case OUTCOME_UNKNOWN -> messages.get("procedure.unknown", detail);
            case ROLLED_BACK -> messages.get("procedure.rolled.back", context.recorded().reason(detail));
            default -> "";
        };
    }

    private Optional<Instant> startedAt(StepProposal proposal) {
        return state.activeProcedure().flatMap(run -> run.step(proposal.step().id()))
                .filter(run -> run.status() == StepStatus.RUNNING).flatMap(StepRun::startedAt);
    }

    private Instant now() {
        return vm.nowProperty().get() == null ? Instant.now() : vm.nowProperty().get();
    }

    /** The clock moved: the running time moves with it. */
    void tick() {
        if (isRunning()) {
            refresh();
        }
    }

    private boolean canConfirm() {
        Optional<StepProposal> proposal = shown.get();
        if (proposal.isEmpty() || proposal.get().status() != StepStatus.PROPOSED || vm.busyProperty().get() || vm.stepRunningProperty().get()
                || vm.planChecking().holdsActions().get()) {
            return false;
        }
        return !proposal.get().needsTypedName() || proposal.get().typedConfirmation().orElseThrow().equals(typed.getText().strip());
    }

    private void confirmShown() {
        if (canConfirm()) {
            vm.confirmAndRun(actor, shown.get().orElseThrow().needsTypedName() ? typed.getText() : "");
        }
    }

    /** Enter in the name field: confirms when it matches; otherwise the engine is asked anyway and says why it refuses. */
    private void confirmTyped() {
        Optional<StepProposal> proposal = shown.get();
        if (canConfirm()) {
            confirmShown();
        } else if (proposal.filter(p -> p.status() == StepStatus.PROPOSED).isPresent() && !vm.busyProperty().get() && !isRunning()
                && !vm.planChecking().holdsActions().get()) {
            vm.confirmAndRun(actor, typed.getText());
        }
    }

    /**
     * Enter anywhere: confirms an ordinary step; for a destructive one, goes to the name field until
     * the name matches. Nothing happens while the card is out of sight (e.g. the checklists tab is open).
     */
    void enter() {
        if (reason.isOpen() || !showing(confirmRow)) {
            return;
        }
        if (canConfirm()) {
            confirmShown();
        } else if (typed.isManaged()) {
            typed.requestFocus();
            typed.selectAll();
        }
    }

    void retry() {
        press(retry);
    }

    void skip() {
        press(skip);
    }

    void rollback() {
        press(rollback);
    }

    void verify() {
        press(verify);
    }

    void abort() {
        press(abort);
    }

    void checkHolds() {
        press(checkYes);
    }

    void sayNo() {
        press(checkNo);
        press(noGo);
    }

    /** A key stands for a button only while the commander can see that button (not on a hidden tab, not folded away). */
    private static void press(Button button) {
        if (showing(button) && !button.isDisabled()) {
            button.fire();
        }
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private String label(String key, KeyCombination keys) {
        return messages.get(key) + "  " + keys.getDisplayText();
    }

    private static void reveal(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private static Label line(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static Button button(String id) {
        Button button = new Button();
        button.setId(id);
        button.getStyleClass().add(Styles.SMALL);
        return button;
    }
}
