package dev.warroom.console.room.checklist;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.room.reference.DerivedBadge;
import dev.warroom.core.incident.ChecklistTick;
import dev.warroom.core.plan.model.ChecklistItem;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One checklist item: a tick box, the item as the plan has it (English beside it, the role below),
 * and once ticked, who ticked it and when. A ticked box stays ticked: the journal is append-only.
 */
final class ChecklistItemRow extends HBox {

    private final CheckBox box = new CheckBox();
    private final Label tickedBy = new Label();
    private final Tooltip why = new Tooltip();
    private Optional<ChecklistTick> tick = Optional.empty();

    ChecklistItemRow(String checklistId, ChecklistItem item, String role, Messages messages, Consumer<ChecklistItem> onTick) {
        setId("item-" + checklistId + "-" + item.id());
        getStyleClass().add(ChecklistStyles.ITEM);
        setAlignment(Pos.TOP_LEFT);
        box.setId("tick-" + checklistId + "-" + item.id());
        box.setOnAction(e -> {
            box.setSelected(tick.isPresent());
            if (tick.isEmpty()) {
                onTick.accept(item);
            }
        });
        Label title = new Label(item.title() + (item.titleEn() == null ? "" : "  ·  " + item.titleEn()));
        title.getStyleClass().add(ChecklistStyles.ITEM_TITLE);
        title.setWrapText(true);
        title.setOnMouseClicked(e -> box.fire());
        VBox words = new VBox(title);
        if (!role.isEmpty()) {
            Label owner = new Label(role);
            owner.getStyleClass().add(ChecklistStyles.ITEM_META);
            words.getChildren().add(owner);
        }
        tickedBy.setId("ticked-" + checklistId + "-" + item.id());
        tickedBy.getStyleClass().add(ChecklistStyles.TICKED_BY);
        tickedBy.setWrapText(true);
        words.getChildren().add(tickedBy);
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMinWidth(0);
        getChildren().addAll(box, words);
        if (item.isDerived()) {
            Label derived = DerivedBadge.of(messages);
            derived.setId("derived-" + checklistId + "-" + item.id());
            getChildren().add(derived);
        }
        Tooltip.install(this, why);
        box.setAccessibleText(item.title());
    }

    /** Shows the tick (or none); {@code ticked} and {@code permanent} are the words for who and when, and why it stays. */
    void show(Optional<ChecklistTick> next, String ticked, String permanent, String open) {
        tick = next;
        box.setSelected(next.isPresent());
        box.setDisable(next.isPresent());
        pseudoClassStateChanged(ChecklistStyles.TICKED, next.isPresent());
        tickedBy.setText(ticked);
        tickedBy.setVisible(next.isPresent());
        tickedBy.setManaged(next.isPresent());
        why.setText(next.isPresent() ? ticked + "\n" + permanent : open);
    }
}
