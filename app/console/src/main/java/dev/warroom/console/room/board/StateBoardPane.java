package dev.warroom.console.room.board;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.room.model.IncidentViewModel;
import dev.warroom.console.room.model.RoomContext;
import dev.warroom.core.board.BoardSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.VBox;

/**
 * The state board: a card per site in plan order, holding its resources as the board last saw them.
 * Follows the view model's board snapshots, its clock (ages) and the language.
 */
public final class StateBoardPane extends VBox {

    private final IncidentViewModel vm;
    private final List<SiteCard> cards = new ArrayList<>();

    public StateBoardPane(RoomContext context) {
        this.vm = context.vm();
        Messages messages = context.messages();
        setId("board");
        getStyleClass().add(BoardStyles.BOARD);
        // the incident's RPO (its severity level's, else the plan's) is fixed when it opens
        Duration rpo = vm.stateProperty().get().targets().rpo();
        vm.plan().sites().forEach(site -> {
            SiteCard card = new SiteCard(site, messages, rpo);
            cards.add(card);
            getChildren().add(card);
        });
        context.subscriptions().onChange(vm.boardProperty(), (old, snapshot) -> show(snapshot));
        context.subscriptions().onChange(vm.nowProperty(), (old, now) -> render());
        context.subscriptions().onChange(messages.localeProperty(), (old, locale) -> render());
        show(vm.boardProperty().get());
    }

    private void show(BoardSnapshot snapshot) {
        if (snapshot == null) {
            return;
        }
        Instant now = now();
        cards.forEach(card -> card.show(snapshot.site(card.site().id()), now));
    }

    private void render() {
        Instant now = now();
        cards.forEach(card -> card.render(now));
    }

    private Instant now() {
        return vm.nowProperty().get();
    }
}
