package dev.warroom.console.room.tree;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.room.model.IncidentViewModel;
import dev.warroom.console.room.model.RoomContext;
import dev.warroom.console.room.model.SuggestionsSeen;
import dev.warroom.core.incident.SuggestionProgress;
import dev.warroom.core.plan.model.Answer;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.text.SafeText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Under the offered suggestion: how long its signal has held, and every stronger suggestion (listed before it)
 * that is still building, with its evidence and the time it still needs. Both countdowns tick with the room's
 * clock between readings; the signals' next judgement corrects them.
 */
final class SuggestionCountdowns extends VBox {

    private final IncidentViewModel vm;
    private final RoomContext context;
    private final Messages messages;
    private final List<Runnable> tickers = new ArrayList<>();
    private Optional<DecisionNode> node = Optional.empty();

    SuggestionCountdowns(RoomContext context) {
        this.context = context;
        this.vm = context.vm();
        this.messages = context.messages();
        setId("suggestion-countdowns");
        context.subscriptions().onChange(vm.suggestionsProperty(), (old, now) -> rebuild());
        context.subscriptions().onChange(vm.nowProperty(), (old, now) -> tick());
    }

    /** Shows the countdowns of {@code question}'s suggestions (the panel calls it each time it shows a question). */
    VBox showFor(DecisionNode question) {
        node = Optional.of(question);
        rebuild();
        return this;
    }

    private void rebuild() {
        getChildren().clear();
        tickers.clear();
        SuggestionsSeen seen = vm.suggestionsProperty().get();
        if (node.isEmpty() || seen.progress().isEmpty() || !seen.progress().get(0).node().equals(node.get().id())) {
            return;
        }
        seen.offered().ifPresent(offered -> {
            Label held = label(TreeStyles.PANEL_TEXT);
            held.setId("suggestion-held");
            getChildren().add(held);
            tickers.add(() -> held.setText(offered.needed().isZero()
                    ? messages.get("tree.suggestion.held.nothing-needed", messages.duration(seen.heldBy(offered, now())))
                    : messages.get("tree.suggestion.held", messages.duration(seen.heldBy(offered, now())), messages.duration(offered.needed()))));
        });
        for (SuggestionProgress stronger : seen.stronger()) {
            getChildren().add(strongerBox(seen, stronger));
        }
        tick();
    }

    private VBox strongerBox(SuggestionsSeen seen, SuggestionProgress stronger) {
        DecisionNode question = node.orElseThrow();
        int number = 1 + question.answers().stream().map(Answer::id).toList().indexOf(stronger.answer());
        String answer = question.answers().stream().filter(a -> a.id().equals(stronger.answer())).findFirst()
                .map(a -> a.label() + (a.labelEn() == null ? "" : " · " + a.labelEn())).orElse(stronger.answer());
        VBox box = new VBox();
        box.setId("stronger-" + stronger.answer());
        box.getStyleClass().addAll(TreeStyles.SUGGESTION, "wr-decision-stronger");
        Label head = label(TreeStyles.SUGGESTION_HEAD);
        head.setText(SafeText.forDisplay(messages.get("tree.stronger", number, answer)));
        Label signal = label(TreeStyles.PANEL_TEXT);
        String title = vm.plan().signals().stream().filter(s -> s.id().equals(stronger.signal())).findFirst()
                .map(s -> s.title() + (s.titleEn() == null ? "" : " · " + s.titleEn())).orElse(stronger.signal());
        signal.setText(SafeText.forDisplay(messages.get("tree.suggestion.signal", title)));
        box.getChildren().addAll(head, signal);
        for (String evidence : stronger.evidence()) {
            Label line = label(TreeStyles.EVIDENCE);
            line.setText(SafeText.forDisplay("• " + context.recorded().reason(evidence)));
            box.getChildren().add(line);
        }
        Label countdown = label(TreeStyles.PENDING);
        countdown.setId("stronger-countdown-" + stronger.answer());
        box.getChildren().add(countdown);
        tickers.add(() -> countdown.setText(seen.remainingAt(stronger, now()).isZero() ? messages.get("tree.stronger.due")
                : messages.get("tree.stronger.countdown", messages.duration(seen.remainingAt(stronger, now())),
                        messages.duration(seen.heldBy(stronger, now())), messages.duration(stronger.needed()))));
        return box;
    }

    private void tick() {
        tickers.forEach(Runnable::run);
    }

    private Instant now() {
        return vm.nowProperty().get();
    }

    private static Label label(String style) {
        Label label = new Label();
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
