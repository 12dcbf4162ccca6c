package dev.warroom.console.room.inject;

import atlantafx.base.theme.Styles;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.room.reference.DerivedBadge;
import dev.warroom.console.room.model.IncidentViewModel;
import dev.warroom.console.room.model.InjectCard;
import dev.warroom.console.room.model.RoomContext;
import dev.warroom.core.incident.IncidentStatus;
import dev.warroom.core.text.TextLanguage;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The drill's fired message injects the team has not acknowledged yet, one card each, oldest first: the
 * message as the facilitator would read it out and when it fired. The team acknowledges the oldest with its
 * button or Alt+K, journalled as the room's commander; an acknowledged card goes, and the timeline holds it.
 * Once the incident is over (aborted or resolved) nothing can be acknowledged any more: the cards stay as the
 * record of what the team never acknowledged, without a button, and Alt+K does nothing.
 * Nothing shows when no card waits (and never outside a drill).
 */
public final class InjectCardsPane extends VBox {

    static final KeyCombination ACKNOWLEDGE = new KeyCodeCombination(KeyCode.K, KeyCombination.ALT_DOWN);

    private final IncidentViewModel vm;
    private final Messages messages;
    private final String actor;
    private List<InjectCard> shown = List.of();
    private TextLanguage shownIn;
    private IncidentStatus shownAt;

    public InjectCardsPane(RoomContext context) {
        super(8);
        this.vm = context.vm();
        this.messages = context.messages();
        this.actor = context.actor();
        setId("inject-cards");
        getStyleClass().add(InjectStyles.CARDS);
        context.subscriptions().onChange(vm.stateProperty(), this::refresh);
        context.subscriptions().onChange(messages.localeProperty(), this::refresh);
        context.shortcuts().register(ACKNOWLEDGE, "inject.shortcut.acknowledge", this::acknowledgeOldest);
        refresh();
    }

    private void refresh() {
        List<InjectCard> cards = InjectCard.awaiting(vm.stateProperty().get());
        TextLanguage language = TextLanguage.fromLocale(messages.locale()).orElse(TextLanguage.ENGLISH);
        IncidentStatus status = vm.stateProperty().get().status();
        if (cards.equals(shown) && language.equals(shownIn) && status == shownAt) {
            return;
        }
        shown = cards;
        shownIn = language;
        shownAt = status;
        getChildren().setAll(cards.stream().map(card -> card(card, language, card == cards.get(0), status)).toList());
        setVisible(!cards.isEmpty());
        setManaged(!cards.isEmpty());
    }

    /** Whether the drill's plan marks this inject as the plan author's addition; an ad-hoc inject is no plan's. */
    private boolean isDerived(String injectId) {
        return vm.plan().drills().stream().flatMap(d -> d.injects().stream()).anyMatch(i -> injectId.equals(i.id()) && i.isDerived());
    }

    private VBox card(InjectCard card, TextLanguage language, boolean oldest, IncidentStatus status) {
        Label kind = new Label(messages.get("inject.card.title"));
        kind.getStyleClass().add(InjectStyles.KIND);
        Label time = new Label(card.time());
        time.setId("inject-time-" + card.injectId());
        time.getStyleClass().add(InjectStyles.TIME);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, kind, gap, time);
        if (isDerived(card.injectId())) {
            Label derived = DerivedBadge.of(messages);
            derived.setId("derived-inject-" + card.injectId());
            top.getChildren().add(1, derived);
        }
        top.setAlignment(Pos.BASELINE_LEFT);

        Label message = new Label(card.text(language));
        message.setId("inject-message-" + card.injectId());
        message.getStyleClass().add(InjectStyles.MESSAGE);
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);

        VBox box = new VBox(6, top, message, status.isOver() ? unacknowledged(card, status) : actions(card, oldest));
        box.setId("inject-card-" + card.injectId());
        box.getStyleClass().add(InjectStyles.CARD);
        if (status.isOver()) {
            box.getStyleClass().add(InjectStyles.CARD_CLOSED);
        }
        return box;
    }

    private HBox actions(InjectCard card, boolean oldest) {
        Button acknowledge = new Button();
        acknowledge.setId("inject-ack-" + card.injectId());
        acknowledge.getStyleClass().addAll(InjectStyles.ACKNOWLEDGE, Styles.SMALL, Styles.ACCENT);
        // the key acknowledges the oldest card, so only its button names it
        acknowledge.setText(messages.get("inject.acknowledge") + (oldest ? "  " + ACKNOWLEDGE.getDisplayText() : ""));
        acknowledge.disableProperty().bind(vm.busyProperty());
        acknowledge.setOnAction(e -> vm.acknowledgeInject(card.injectId(), actor));
        HBox actions = new HBox(acknowledge);
        actions.setAlignment(Pos.CENTER_RIGHT);
        return actions;
    }

    /** Where the button was: the incident ended before anyone acknowledged this inject, and the journal says so. */
    private Label unacknowledged(InjectCard card, IncidentStatus status) {
        Label never = new Label(messages.get(status == IncidentStatus.ABORTED ? "inject.unacknowledged.aborted"
                : "inject.unacknowledged.resolved"));
        never.setId("inject-unacknowledged-" + card.injectId());
        never.getStyleClass().add(InjectStyles.UNACKNOWLEDGED);
        never.setWrapText(true);
        never.setMinHeight(Region.USE_PREF_SIZE);
        return never;
    }

    /** Alt+K: the team acknowledges the card that has waited longest, while the incident runs. */
    private void acknowledgeOldest() {
        if (!shown.isEmpty() && !vm.busyProperty().get() && !vm.stateProperty().get().status().isOver()) {
            vm.acknowledgeInject(shown.get(0).injectId(), actor);
        }
    }
}
