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
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The drill's fired message injects the team has not acknowledged yet, one card each, oldest first: the
 * message as the facilitator would read it out and when it fired; the oldest in full, the others a line each. The team acknowledges the oldest with its
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
        getChildren().setAll(cards.stream()
                .map(card -> card == cards.get(0) ? card(card, language, status) : laterCard(card, language, status)).toList());
        setVisible(!cards.isEmpty());
        setManaged(!cards.isEmpty());
    }

    /** Whether the drill's plan marks this inject as the plan author's addition; an ad-hoc inject is no plan's. */
    private boolean isDerived(String injectId) {
        return vm.plan().drills().stream().flatMap(d -> d.injects().stream()).anyMatch(i -> injectId.equals(i.id()) && i.isDerived());
    }

    /** The oldest card, in full: the message the team deals with first, and the one Alt+K acknowledges. */
    private VBox card(InjectCard card, TextLanguage language, IncidentStatus status) {
        Label kind = new Label(messages.get("inject.card.title"));
        kind.getStyleClass().add(InjectStyles.KIND);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, kind, gap, time(card));
        derivedBadge(card).ifPresent(badge -> top.getChildren().add(1, badge));
        top.setAlignment(Pos.BASELINE_LEFT);

        Label message = message(card, language);
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);

        VBox box = new VBox(6, top, message, status.isOver() ? unacknowledged(card, status) : actions(card, true));
        return framed(box, card, status);
    }

    /**
     * A card behind the oldest, in two short lines (the message's beginning; when it fired and its button), so that two
     * or three waiting injects still leave the timeline and its note field on screen in the projector's large type. The
     * whole message is in its tooltip and in the timeline, and the card opens in full once those before it are
     * acknowledged.
     */
    private VBox laterCard(InjectCard card, TextLanguage language, IncidentStatus status) {
        Label message = message(card, language);
        message.setTooltip(new Tooltip(message.getText()));
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox when = new HBox(8, time(card), gap);
        derivedBadge(card).ifPresent(badge -> when.getChildren().add(1, badge));
        when.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(2, message, when);
        if (status.isOver()) {
            box.getChildren().add(unacknowledged(card, status));
        } else {
            when.getChildren().add(actions(card, false));
        }
        box.getStyleClass().add(InjectStyles.CARD_LATER);
        return framed(box, card, status);
    }

    private VBox framed(VBox box, InjectCard card, IncidentStatus status) {
        box.setId("inject-card-" + card.injectId());
        box.getStyleClass().add(InjectStyles.CARD);
        if (status.isOver()) {
            box.getStyleClass().add(InjectStyles.CARD_CLOSED);
        }
        return box;
    }

    private Label time(InjectCard card) {
        Label time = new Label(card.time());
        time.setId("inject-time-" + card.injectId());
        time.getStyleClass().add(InjectStyles.TIME);
        time.setMinWidth(Region.USE_PREF_SIZE);
        return time;
    }

    private Label message(InjectCard card, TextLanguage language) {
        Label message = new Label(card.text(language));
        message.setId("inject-message-" + card.injectId());
        message.getStyleClass().add(InjectStyles.MESSAGE);
        return message;
    }

    private Optional<Label> derivedBadge(InjectCard card) {
        if (!isDerived(card.injectId())) {
            return Optional.empty();
        }
        Label derived = DerivedBadge.of(messages);
        derived.setId("derived-inject-" + card.injectId());
        return Optional.of(derived);
    }

    private HBox actions(InjectCard card, boolean oldest) {
        Button acknowledge = new Button();
        acknowledge.setId("inject-ack-" + card.injectId());
        acknowledge.getStyleClass().addAll(InjectStyles.ACKNOWLEDGE, Styles.SMALL, Styles.ACCENT);
        // the key acknowledges the oldest card, so only its button names it
        acknowledge.setText(messages.get("inject.acknowledge") + (oldest ? "  " + ACKNOWLEDGE.getDisplayText() : ""));
        acknowledge.disableProperty().bind(vm.busyProperty());
        acknowledge.setOnAction(e -> vm.acknowledgeInject(card.injectId(), actor));
        acknowledge.setMinWidth(Region.USE_PREF_SIZE);
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
