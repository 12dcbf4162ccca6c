package dev.warroom.console.room.reference;

import dev.warroom.console.i18n.Messages;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A heading, or an entry: its title (with the derived word and a copy button where they apply) over its details. */
final class ReferenceCell extends ListCell<ReferenceRow> {

    private final Messages messages;
    private final Consumer<ReferenceRow> copy;

    ReferenceCell(Messages messages, Consumer<ReferenceRow> copy) {
        this.messages = messages;
        this.copy = copy;
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(ReferenceRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            setId(null);
            return;
        }
        setId("reference-" + row.id());
        Label title = new Label(row.title());
        title.getStyleClass().add(row.heading() ? ReferenceStyles.HEADING : ReferenceStyles.TITLE);
        title.setWrapText(true);
        title.setMinWidth(0);
        HBox line = new HBox(8, title);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        if (row.derived()) {
            line.getChildren().add(DerivedBadge.of(messages));
        }
        row.copy().ifPresent(value -> {
            Button button = new Button(messages.get("reference.copy"));
            button.setId("copy-" + row.id());
            button.setFocusTraversable(false);
            button.getStyleClass().add("small");
            button.setOnAction(e -> copy.accept(row));
            line.getChildren().add(button);
        });
        VBox box = new VBox(2, line);
        if (!row.detail().isEmpty()) {
            Label detail = new Label(row.detail());
            detail.getStyleClass().add(ReferenceStyles.DETAIL);
            detail.setWrapText(true);
            detail.setMinHeight(Region.USE_PREF_SIZE);
            box.getChildren().add(detail);
        }
        box.setMaxWidth(Double.MAX_VALUE);
        box.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
        setGraphic(box);
    }
}
