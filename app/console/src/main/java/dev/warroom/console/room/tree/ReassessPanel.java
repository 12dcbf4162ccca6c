package dev.warroom.console.room.tree;

import atlantafx.base.theme.Styles;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.room.model.IncidentViewModel;
import dev.warroom.console.room.model.RoomClock;
import dev.warroom.console.room.model.RoomContext;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.ReassessProgress;
import dev.warroom.core.incident.ReassessRound;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.text.SafeText;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The decision panel at a reassess node: how often it looks again and for how long, where each exit leads,
 * the signal that says recovered (and what it said at the last round), every round so far with its evidence,
 * the next round's countdown and the limit. The rounds run on their own (the room keeps the engine reassessing);
 * "Recovered" (Alt+E) lets a person say so at any time, in their words, journalled under their name.
 */
final class ReassessPanel extends VBox {

    static final KeyCombination RECOVERED = new KeyCodeCombination(KeyCode.E, KeyCombination.ALT_DOWN);

    private final IncidentViewModel vm;
    private final RoomContext context;
    private final Messages messages;
    private final String actor;
    private final Label signalState = text("", TreeStyles.PANEL_TEXT);
    private final VBox rounds = new VBox();
    private final Label next = text("", TreeStyles.WAIT_PROGRESS);
    private final Label limit = text("", TreeStyles.PANEL_TEXT);
    private final Button recovered = new Button();
    private final TextField words = new TextField();
    private final Button declare = new Button();
    private final Button cancel = new Button();
    private final VBox ask = new VBox();
    private DecisionNode node;

    ReassessPanel(RoomContext context) {
        this.context = context;
        this.vm = context.vm();
        this.messages = context.messages();
        this.actor = context.actor();
        setId("reassess");
        rounds.setId("reassess-rounds");
        signalState.setId("reassess-signal");
        next.setId("reassess-next");
        limit.setId("reassess-limit");
        recovered.setId("reassess-recovered");
        recovered.getStyleClass().addAll(Styles.SUCCESS, TreeStyles.ANSWER);
        recovered.setMaxWidth(Double.MAX_VALUE);
        recovered.disableProperty().bind(vm.busyProperty());
        recovered.setOnAction(e -> openWords());
        words.setId("reassess-words");
        declare.setId("reassess-declare");
        declare.getStyleClass().add(Styles.SUCCESS);
        declare.disableProperty().bind(Bindings.createBooleanBinding(() -> words.getText().isBlank(), words.textProperty())
                .or(vm.busyProperty()));
        declare.setOnAction(e -> give());
        cancel.setOnAction(e -> closeWords());
        words.setOnAction(e -> give());
        words.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                closeWords();
            }
        });
        HBox row = new HBox(words, declare, cancel);
        HBox.setHgrow(words, Priority.ALWAYS);
        ask.getChildren().addAll(text("", TreeStyles.PANEL_KIND), row);
        ask.setId("reassess-ask");
        closeWords();
        context.shortcuts().register(RECOVERED, "reassess.recovered", this::pressRecovered);
        context.subscriptions().onChange(vm.stateProperty(), (old, now) -> update());
        context.subscriptions().onChange(vm.nowProperty(), (old, now) -> updateCountdown());
    }

    /** The panel for {@code shown}, the current node; rebuilt in the current language. */
    ReassessPanel show(DecisionNode shown) {
        this.node = shown;
        getChildren().clear();
        getChildren().add(text(messages.get("tree.kind.reassess"), TreeStyles.PANEL_KIND));
        Label title = text(shown.title(), TreeStyles.PANEL_TITLE);
        title.setId("decision-title");
        getChildren().add(title);
        if (shown.titleEn() != null) {
            getChildren().add(text(shown.titleEn(), TreeStyles.PANEL_TITLE_EN));
        }
        getChildren().add(text(messages.get("reassess.every", human(shown.every(), messages), human(shown.limit(), messages)), TreeStyles.PANEL_TEXT));
        getChildren().add(text(messages.get("reassess.exits", nodeTitle(shown.recovered()), nodeTitle(shown.next())), TreeStyles.PANEL_MUTED));
        if (shown.notes() != null) {
            getChildren().add(text(shown.notes(), TreeStyles.PANEL_MUTED));
        }
        recovered.setText(messages.get("reassess.recovered") + "   " + RECOVERED.getDisplayText());
        ((Label) ask.getChildren().get(0)).setText(messages.get("reassess.recovered.ask"));
        words.setPromptText(messages.get("reassess.recovered.ask"));
        declare.setText(messages.get("reassess.recovered.give") + "  ⏎");
        cancel.setText(messages.get("reassess.recovered.cancel") + "  Esc");
        getChildren().addAll(signalState, rounds, next, limit, recovered, ask);
        update();
        return this;
    }

    /** The exit an edge out of a reassess node stands for: recovered, or the limit passed. */
    static String edgeLabel(DecisionNode from, String to, Messages messages) {
        if (to.equals(from.recovered())) {
            return to.equals(from.next()) ? messages.get("tree.edge.recovered") + " / " + messages.get("tree.edge.limit", human(from.limit(), messages))
                    : messages.get("tree.edge.recovered");
        }
        return messages.get("tree.edge.limit", human(from.limit(), messages));
    }

    private Optional<ReassessProgress> progress() {
        IncidentState state = vm.stateProperty().get();
        return node == null ? Optional.empty() : state.reassess().filter(r -> r.node().equals(node.id()))
                .filter(r -> state.currentNode().filter(node.id()::equals).isPresent());
    }

    private void update() {
        Optional<ReassessProgress> progress = progress();
        if (progress.isEmpty()) {
            return;
        }
        signalState.setText(signalWords(progress.get()));
        rounds.getChildren().clear();
        for (ReassessRound round : progress.get().rounds()) {
            rounds.getChildren().add(text(messages.get("reassess.round", round.round(), RoomClock.of(round.at()),
                    messages.get(round.recovered() ? "reassess.round.recovered" : "reassess.round.not-yet")), TreeStyles.PANEL_TEXT));
            round.evidence().forEach(line -> rounds.getChildren().add(text("• " + context.recorded().reason(line), TreeStyles.EVIDENCE)));
        }
        updateCountdown();
    }

    private String signalWords(ReassessProgress progress) {
        if (node.until() == null) {
            return messages.get("reassess.signal.none");
        }
        String signal = vm.plan().signals().stream().filter(s -> s.id().equals(node.until())).findFirst()
                .map(s -> s.title() + (s.titleEn() == null ? "" : " · " + s.titleEn())).orElse(node.until());
        String state = progress.lastRound().map(r -> messages.get(r.recovered() ? "reassess.signal.holds" : "reassess.signal.not", r.round()))
                .orElse(messages.get("reassess.signal.waiting"));
        return messages.get("reassess.signal", signal, state);
    }

    private void updateCountdown() {
        Optional<ReassessProgress> progress = progress();
        Instant now = vm.nowProperty().get();
        if (progress.isEmpty() || now == null) {
            return;
        }
        ReassessProgress p = progress.get();
        Optional<Instant> due = p.nextRoundAt(now);
        next.setText(due.map(at -> messages.get("reassess.next", p.nextRound(now), human(left(now, at), messages), RoomClock.of(at))).orElse(""));
        limit.setText(messages.get("reassess.limit", RoomClock.of(p.limitAt()), human(left(now, p.limitAt()), messages)));
    }

    private static Duration left(Instant now, Instant at) {
        Duration left = Duration.between(now, at);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void pressRecovered() {
        if (progress().isPresent() && !recovered.isDisabled()) {
            recovered.fire();
        }
    }

    private void openWords() {
        ask.setVisible(true);
        ask.setManaged(true);
        words.clear();
        words.requestFocus();
    }

    private void closeWords() {
        ask.setVisible(false);
        ask.setManaged(false);
        words.clear();
    }

    private void give() {
        if (words.getText().isBlank()) {
            return;
        }
        String said = words.getText().strip();
        closeWords();
        vm.declareRecovered(said, actor);
    }

    private String nodeTitle(String id) {
        if (id == null) {
            return "";
        }
        return vm.plan().decisionTree().nodes().stream().filter(n -> n.id().equals(id)).findFirst()
                .map(n -> n.title() + (n.titleEn() == null ? "" : " · " + n.titleEn())).orElse(id);
    }

    private static String human(Duration duration, Messages messages) {
        return duration == null ? "?" : messages.duration(duration);
    }

    private static Label text(String words, String style) {
        Label label = new Label(SafeText.forDisplay(words));
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
