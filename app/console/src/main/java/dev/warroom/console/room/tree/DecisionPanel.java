package dev.warroom.console.room.tree;

import atlantafx.base.theme.Styles;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.room.model.IncidentViewModel;
import dev.warroom.console.room.model.RoomClock;
import dev.warroom.console.room.model.RoomContext;
import dev.warroom.console.room.model.RoomProblem;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.IncidentStatus;
import dev.warroom.core.incident.PathEntry;
import dev.warroom.core.incident.SuggestedAnswer;
import dev.warroom.core.plan.model.Answer;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.NodeType;
import dev.warroom.core.text.SafeText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;

/**
 * Beside the graph: what the current node asks of the commander. At a question, the answers as big
 * numbered buttons, the suggested one marked, with the signal and its evidence; at a wait, what it
 * waits for, how long so far and a "finish wait" command; at an end, the outcome.
 */
final class DecisionPanel extends VBox {


    private final IncidentViewModel vm;
    private final RoomContext context;
    private final Messages messages;
    private final String actor;
    private final KeyCombination finishWaitKey;
    private Label waitProgress;
    private List<Answer> shownAnswers = List.of();
    private Button finishWait;
    private Shown shown;
    private final SuggestionCountdowns countdowns;
    private final ReassessPanel reassess;

    DecisionPanel(RoomContext context, KeyCombination finishWaitKey) {
        this.context = context;
        this.vm = context.vm();
        this.messages = context.messages();
        this.actor = context.actor();
        this.finishWaitKey = finishWaitKey;
        this.reassess = new ReassessPanel(context);
        setId("decision");
        getStyleClass().add(TreeStyles.PANEL);
        countdowns = new SuggestionCountdowns(context);
        context.subscriptions().onChange(vm.stateProperty(), (old, now) -> render());
        context.subscriptions().onChange(vm.suggestionProperty(), (old, now) -> render());
        context.subscriptions().onChange(vm.suggestionPendingProperty(), (old, now) -> render());
        context.subscriptions().onChange(vm.problemProperty(), (old, now) -> render());
        context.subscriptions().onChange(vm.nowProperty(), (old, now) -> updateWaitProgress());
        context.subscriptions().onChange(messages.localeProperty(), (old, now) -> render());
        render();
    }

    /** The commander pressed number key {@code n}: answers the current question with its n-th answer, once. */
    void answerByNumber(int n) {
        if (n >= 1 && n <= shownAnswers.size() && canCommand()) {
            vm.answer(shownAnswers.get(n - 1).id(), actor);
        }
    }

    void finishWait() {
        if (finishWait != null && !finishWait.isDisabled()) {
            finishWait.fire();
        }
    }

    private boolean canCommand() {
        return !vm.busyProperty().get() && !vm.stepRunningProperty().get();
    }

    /** What the panel shows depends on; it is rebuilt only when one of these changes (not on every journal event). */
    private record Shown(Optional<String> node, IncidentStatus status, int pathLength, int procedureSteps, Optional<SuggestedAnswer> suggestion,
            Optional<Duration> pending, RoomProblem problem, Locale locale) {
    }

    private void render() {
        IncidentState state = vm.stateProperty().get();
        Shown next = new Shown(state.currentNode(), state.status(), state.path().size(),
                state.activeProcedure().map(run -> (int) run.steps().stream().filter(s -> s.status().isTerminal()).count()).orElse(-1),
                vm.suggestionProperty().get(), vm.suggestionPendingProperty().get(), vm.problemProperty().get(), messages.locale());
        if (next.equals(shown)) {
            return;
        }
        shown = next;
        Optional<DecisionNode> node = vm.currentNode();
        getChildren().clear();
        shownAnswers = List.of();
        waitProgress = null;
        finishWait = null;
        if (state.status().isOver()) {
            showEnd(state, node);
        } else if (node.isPresent()) {
            switch (node.get().type()) {
                case QUESTION -> showQuestion(node.get());
                case WAIT -> showWait(node.get());
                case REASSESS -> getChildren().add(reassess.show(node.get()));
                case PROCEDURE -> showProcedure(node.get(), state);
                case END -> showEnd(state, node);
            }
        }
        RoomProblem problem = vm.problemProperty().get();
        if (state.status() == IncidentStatus.DECIDING && !problem.isEmpty()) {
            Label refusal = text(problem.in(messages), TreeStyles.PROBLEM);
            refusal.setId("decision-problem");
            getChildren().add(refusal);
        }
    }

    private void heading(String kindKey, String title, String titleEn) {
        Label kind = text(messages.get(kindKey), TreeStyles.PANEL_KIND);
        Label main = text(title, TreeStyles.PANEL_TITLE);
        main.setId("decision-title");
        getChildren().addAll(kind, main);
        if (titleEn != null) {
            getChildren().add(text(titleEn, TreeStyles.PANEL_TITLE_EN));
        }
    }

    private void showQuestion(DecisionNode node) {
        String kind = messages.get("tree.kind.question") + " · " + node.title() + (node.titleEn() == null ? "" : " · " + node.titleEn());
        getChildren().add(text(kind, TreeStyles.PANEL_KIND));
        Label asked = text(node.question() != null ? node.question() : node.title(), TreeStyles.PANEL_TITLE);
        asked.setId("decision-title");
        getChildren().add(asked);
        String askedEn = node.question() != null ? node.questionEn() : node.titleEn();
        if (askedEn != null) {
            getChildren().add(text(askedEn, TreeStyles.PANEL_TITLE_EN));
        }
        Optional<SuggestedAnswer> suggestion = vm.suggestionProperty().get().filter(s -> s.node().equals(node.id()));
        shownAnswers = node.answers();
        for (int i = 0; i < shownAnswers.size(); i++) {
            Answer answer = shownAnswers.get(i);
            boolean suggested = suggestion.filter(s -> s.answer().equals(answer.id())).isPresent();
            AnswerButton button = new AnswerButton(i + 1, answer, suggested, messages.get("tree.suggested.tag"));
            int number = i + 1;
            button.setOnFire(() -> answerByNumber(number));
            button.disableProperty().bind(vm.busyProperty().or(vm.stepRunningProperty()));
            getChildren().add(button);
        }
        suggestion.ifPresentOrElse(s -> getChildren().add(suggestionBox(node, s)), () -> vm.suggestionPendingProperty().get()
                .ifPresent(wait -> {
                    Label pending = text(messages.get("tree.suggestion.pending", messages.duration(wait)), TreeStyles.PENDING);
                    pending.setId("suggestion-pending");
                    getChildren().add(pending);
                }));
        getChildren().add(countdowns.showFor(node));
    }

    private VBox suggestionBox(DecisionNode node, SuggestedAnswer suggestion) {
        int number = 1 + node.answers().stream().map(Answer::id).toList().indexOf(suggestion.answer());
        String answer = node.answers().stream().filter(a -> a.id().equals(suggestion.answer())).findFirst()
                .map(a -> a.label() + (a.labelEn() == null ? "" : " · " + a.labelEn())).orElse(suggestion.answer());
        VBox box = new VBox(text(messages.get("tree.suggestion", number, answer), TreeStyles.SUGGESTION_HEAD));
        box.setId("suggestion");
        box.getStyleClass().add(TreeStyles.SUGGESTION);
        String signal = vm.plan().signals().stream().filter(s -> s.id().equals(suggestion.signal())).findFirst()
                .map(s -> s.title() + (s.titleEn() == null ? "" : " · " + s.titleEn())).orElse(suggestion.signal());
        box.getChildren().add(text(messages.get("tree.suggestion.signal", signal), TreeStyles.PANEL_TEXT));
        for (String evidence : suggestion.evidence()) {
            box.getChildren().add(text("• " + context.recorded().reason(evidence), TreeStyles.EVIDENCE));
        }
        return box;
    }

    private void showWait(DecisionNode node) {
        heading("tree.kind.wait", node.title(), node.titleEn());
        Duration length = node.duration() == null ? Duration.ZERO : node.duration();
        String next = node.next() == null ? "" : vm.plan().decisionTree().nodes().stream().filter(n -> n.id().equals(node.next()))
                .findFirst().map(DecisionNode::title).orElse(node.next());
        getChildren().add(text(messages.get("tree.wait.for", messages.duration(length), next), TreeStyles.PANEL_TEXT));
        if (node.notes() != null) {
            getChildren().add(text(node.notes(), TreeStyles.PANEL_MUTED));
        }
        waitProgress = text("", TreeStyles.WAIT_PROGRESS);
        waitProgress.setId("wait-progress");
        getChildren().add(waitProgress);
        updateWaitProgress();
        finishWait = new Button(messages.get("tree.wait.finish") + "   " + finishWaitKey.getDisplayText());
        finishWait.setId("finish-wait");
        finishWait.getStyleClass().addAll(Styles.ACCENT, TreeStyles.ANSWER);
        finishWait.setMaxWidth(Double.MAX_VALUE);
        finishWait.disableProperty().bind(vm.busyProperty().or(vm.stepRunningProperty()));
        finishWait.setOnAction(e -> vm.finishWait(actor));
        getChildren().add(finishWait);
    }

    private void updateWaitProgress() {
        if (waitProgress == null) {
            return;
        }
        IncidentState state = vm.stateProperty().get();
        Optional<DecisionNode> node = vm.currentNode().filter(n -> n.type() == NodeType.WAIT);
        if (node.isEmpty() || state.path().isEmpty()) {
            return;
        }
        PathEntry entry = state.path().get(state.path().size() - 1);
        Instant now = vm.nowProperty().get();
        Duration length = node.get().duration() == null ? Duration.ZERO : node.get().duration();
        Duration waited = now == null ? Duration.ZERO : Duration.between(entry.enteredAt(), now);
        Duration left = length.minus(waited).isNegative() ? Duration.ZERO : length.minus(waited);
        waitProgress.setText(messages.get("tree.wait.progress", messages.duration(waited), messages.duration(length),
                messages.duration(left)));
    }

    private void showProcedure(DecisionNode node, IncidentState state) {
        heading("tree.kind.procedure", node.title(), node.titleEn());
        state.activeProcedure().ifPresent(run -> {
            long done = run.steps().stream().filter(s -> s.status().isTerminal()).count();
            getChildren().add(text(messages.get("tree.procedure.below", done, run.steps().size()), TreeStyles.PANEL_TEXT));
        });
    }

    private void showEnd(IncidentState state, Optional<DecisionNode> node) {
        if (state.status() == IncidentStatus.ABORTED) {
            heading("tree.outcome.aborted", state.endReason().orElse(""), null);
        } else {
            DecisionNode end = node.orElse(null);
            heading("tree.kind.end", end == null ? "" : end.title(), end == null ? null : end.titleEn());
            if (end != null && end.notes() != null) {
                getChildren().add(text(end.notes(), TreeStyles.PANEL_MUTED));
            }
        }
        state.endedAt().ifPresent(at -> getChildren().add(text(messages.get(state.status() == IncidentStatus.ABORTED
                ? "tree.outcome.aborted.at" : "tree.outcome.resolved.at", RoomClock.of(at)), TreeStyles.PANEL_TEXT)));
    }

    private static Label text(String words, String style) {
        Label label = new Label(SafeText.forDisplay(words));
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
