package dev.warroom.console.room.procedure;

import dev.warroom.console.room.reference.DerivedBadge;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.keys.Shortcuts;
import dev.warroom.console.room.model.IncidentViewModel;
import dev.warroom.console.room.model.RoomClock;
import dev.warroom.console.room.model.RoomContext;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.IncidentStatus;
import dev.warroom.core.incident.ProcedureRun;
import dev.warroom.core.incident.StepProposal;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.NodeType;
import dev.warroom.core.plan.model.Procedure;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The active procedure: its steps as a checklist on the left, the next step's card on the right
 * with the confirm control always in view below it. When no procedure runs, it says what the
 * commander should do instead. Keys: Enter confirms; Alt+R retry, Alt+S skip, Alt+B rollback,
 * Alt+V verify, Alt+A abort.
 */
public final class ProcedurePane extends BorderPane {

    private final IncidentViewModel vm;
    private final Messages messages;
    private final StepWords words;
    private final Label title = new Label();
    private final Label progress = new Label();
    private final StepList steps = new StepList();
    private final Label procedureDerived;
    private final StepDetails details;
    private final StepActions actions;
    private final ParameterForm parameters;
    private final VBox empty = new VBox();
    private final Label emptyText = new Label();
    private final ScrollPane detailScroll;
    private Optional<StepProposal> detailsShown = Optional.empty();
    private Locale detailsLocale;

    public ProcedurePane(RoomContext context) {
        this.vm = context.vm();
        this.messages = context.messages();
        this.words = new StepWords(messages, vm.plan());
        this.procedureDerived = DerivedBadge.of(messages);
        setId("procedure");
        getStyleClass().add(ProcedureStyles.PANE);
        actions = new StepActions(context);
        details = new StepDetails(messages, words, actions::enter);
        parameters = new ParameterForm(messages, (procedure, parameter, value) -> vm.setParameter(procedure, parameter, value,
                context.actor()));

        title.setId("procedure-title");
        title.getStyleClass().add(ProcedureStyles.TITLE);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setMinWidth(0);
        Tooltip fullTitle = new Tooltip();
        fullTitle.textProperty().bind(title.textProperty());
        title.setTooltip(fullTitle);
        progress.setId("procedure-progress");
        progress.getStyleClass().add(ProcedureStyles.META);
        progress.setMinWidth(Region.USE_PREF_SIZE);
        procedureDerived.setId("procedure-derived");
        procedureDerived.setVisible(false);
        procedureDerived.setManaged(false);
        HBox header = new HBox(title, procedureDerived, progress);
        header.getStyleClass().add(ProcedureStyles.HEADER);
        HBox.setHgrow(title, Priority.ALWAYS);
        setTop(header);

        emptyText.setId("procedure-empty");
        emptyText.getStyleClass().add(ProcedureStyles.EMPTY_TEXT);
        emptyText.setWrapText(true);
        empty.getChildren().add(emptyText);
        empty.getStyleClass().add(ProcedureStyles.EMPTY);
        detailScroll = new ScrollPane();
        detailScroll.setFitToWidth(true);
        detailScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        detailScroll.setId("step-card-scroll");
        BorderPane card = new BorderPane(detailScroll);
        card.setBottom(new VBox(parameters, actions));
        steps.setPrefWidth(250);
        steps.setMinWidth(180);
        setLeft(steps);
        setCenter(card);

        parameters.show(vm.missingParametersProperty().get());
        registerKeys(context.shortcuts());
        context.subscriptions().onChange(vm.stateProperty(), (old, now) -> render());
        context.subscriptions().onChange(vm.proposalProperty(), (old, now) -> render());
        context.subscriptions().onChange(vm.missingParametersProperty(), (old, now) -> parameters.show(now));
        context.subscriptions().onChange(vm.nowProperty(), (old, now) -> tick());
        context.subscriptions().onChange(messages.localeProperty(), (old, now) -> {
            parameters.relabel();
            render();
        });
        render();
    }

    private void registerKeys(Shortcuts shortcuts) {
        shortcuts.register(StepActions.CONFIRM, "procedure.confirm", actions::enter);
        shortcuts.register(StepActions.RETRY, "procedure.retry", actions::retry);
        shortcuts.register(StepActions.SKIP, "procedure.skip", actions::skip);
        shortcuts.register(StepActions.ROLLBACK, "procedure.rollback", actions::rollback);
        shortcuts.register(StepActions.VERIFY, "procedure.verify.do", actions::verify);
        shortcuts.register(StepActions.ABORT, "procedure.abort", actions::abort);
        shortcuts.register(StepActions.CHECK_HOLDS, "procedure.check.yes", actions::checkHolds);
        shortcuts.register(StepActions.SAY_NO, "procedure.nogo", actions::sayNo);
    }

    private void render() {
        IncidentState state = vm.stateProperty().get();
        Optional<ProcedureRun> active = state.activeProcedure();
        Optional<ProcedureRun> shownRun = active.or(() -> state.procedures().isEmpty() ? Optional.empty()
                : Optional.of(state.procedures().get(state.procedures().size() - 1)));
        Optional<StepProposal> proposal = active.isPresent() ? vm.proposalProperty().get() : Optional.empty();
        Optional<Procedure> procedure = shownRun.flatMap(run -> procedure(run.procedureId()));

        if (procedure.isPresent()) {
            Procedure p = procedure.get();
            ProcedureRun run = shownRun.get();
            title.setText(p.title() + (p.titleEn() == null ? "" : "  ·  " + p.titleEn()));
            steps.show(p, run, words, messages.get("procedure.destructive"), messages, vm.nowProperty().get(), state.status().isOver());
            procedureDerived.setVisible(p.isDerived());
            procedureDerived.setManaged(p.isDerived());
            steps.setVisible(true);
            steps.setManaged(true);
        } else {
            title.setText(messages.get("procedure.none.title"));
            procedureDerived.setVisible(false);
            procedureDerived.setManaged(false);
            steps.setVisible(false);
            steps.setManaged(false);
        }
        updateProgress(state, shownRun, procedure);

        if (proposal.isPresent() && procedure.isPresent()) {
            // by id: the proposal's step has its parameter values filled in, so it is not the plan's record
            String stepId = proposal.get().step().id();
            int number = java.util.stream.IntStream.range(0, procedure.get().steps().size())
                    .filter(i -> procedure.get().steps().get(i).id().equals(stepId)).findFirst().orElse(-1) + 1;
            if (!proposal.equals(detailsShown) || !messages.locale().equals(detailsLocale)) {
                details.show(proposal.get(), number, procedure.get().steps().size());
                detailsShown = proposal;
                detailsLocale = messages.locale();
                detailScroll.setVvalue(0);
            }
            detailScroll.setContent(details);
        } else {
            detailsShown = Optional.empty();
            emptyText.setText(whatToDo(state));
            detailScroll.setContent(empty);
        }
        actions.show(proposal, state);
    }

    private void tick() {
        IncidentState state = vm.stateProperty().get();
        steps.tick(words, vm.nowProperty().get());
        actions.tick();
        Optional<ProcedureRun> active = state.activeProcedure();
        updateProgress(state, active, active.flatMap(run -> procedure(run.procedureId())));
    }

    private void updateProgress(IncidentState state, Optional<ProcedureRun> run, Optional<Procedure> procedure) {
        if (run.isEmpty() || procedure.isEmpty()) {
            progress.setText("");
            return;
        }
        long done = run.get().steps().stream().filter(s -> s.status().isTerminal()).count();
        String count = messages.get("procedure.progress", done, run.get().steps().size());
        Instant end = run.get().completedAt().orElse(vm.nowProperty().get() == null ? run.get().startedAt() : vm.nowProperty().get());
        String took = messages.duration(Duration.between(run.get().startedAt(), end));
        String time = run.get().completedAt().isPresent()
                ? messages.get("procedure.completed", RoomClock.of(run.get().completedAt().get()), took)
                : procedure.get().expectedDuration() == null ? messages.get("procedure.elapsed", took)
                : messages.get("procedure.elapsed.of", took, messages.duration(procedure.get().expectedDuration()));
        progress.setText(count + " · " + time);
    }

    private String whatToDo(IncidentState state) {
        if (state.status() == IncidentStatus.RESOLVED) {
            return messages.get("procedure.none.resolved", vm.currentNode().map(ProcedurePane::nodeTitle).orElse(""));
        }
        if (state.status() == IncidentStatus.ABORTED) {
            return messages.get("procedure.none.aborted", state.endReason().orElse(""));
        }
        Optional<DecisionNode> node = vm.currentNode();
        if (node.filter(n -> n.type() == NodeType.WAIT).isPresent()) {
            return messages.get("procedure.none.wait", nodeTitle(node.get()));
        }
        if (node.filter(n -> n.type() == NodeType.REASSESS).isPresent()) {
            return messages.get("procedure.none.reassess", nodeTitle(node.get()));
        }
        if (node.filter(n -> n.type() == NodeType.QUESTION).isPresent()) {
            DecisionNode question = node.get();
            return messages.get("procedure.none.question", question.question() != null ? question.question() : question.title(),
                    Math.min(9, question.answers().size()));
        }
        return messages.get("procedure.none.starting");
    }

    private Optional<Procedure> procedure(String id) {
        return vm.plan().procedures().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** A decision node's title as the plan has it, with the English beside it. */
    private static String nodeTitle(DecisionNode node) {
        return node.title() + (node.titleEn() == null ? "" : " · " + node.titleEn());
    }
}
