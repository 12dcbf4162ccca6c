package dev.warroom.console.start;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.lifecycle.Subscriptions;
import dev.warroom.core.plan.model.Drill;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** The selected plan's drills: title (with the plan's text as written), type, how often, how long, who takes part. */
final class DrillListView extends ListView<Drill> {

    DrillListView(Messages messages, Subscriptions subscriptions) {
        setId("drill-list");
        DrillWords words = new DrillWords(messages);
        setCellFactory(list -> new Cell(words));
        subscriptions.onChange(messages.localeProperty(), this::refresh);
        Label none = new Label();
        none.setWrapText(true);
        none.textProperty().bind(messages.text("start.drills.none"));
        setPlaceholder(none);
    }

    private static final class Cell extends ListCell<Drill> {
        private final DrillWords words;

        Cell(DrillWords words) {
            this.words = words;
            // as wide as the list: long titles end in "…" instead of a sideways scroll bar
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Drill drill, boolean empty) {
            super.updateItem(drill, empty);
            if (empty || drill == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            setId("drill-" + drill.id());
            Label title = new Label(words.title(drill));
            title.getStyleClass().add(StartStyles.DRILL_TITLE);
            VBox box = new VBox(2, title);
            words.asWritten(drill).ifPresent(written -> box.getChildren().add(styled(written, StartStyles.DRILL_WRITTEN)));
            box.getChildren().add(styled(words.facts(drill), StartStyles.DRILL_META));
            words.participants(drill).ifPresent(who -> box.getChildren().add(styled(who, StartStyles.DRILL_META)));
            box.getStyleClass().add(StartStyles.DRILL_CELL);
            setGraphic(box);
        }

        private static Label styled(String text, String style) {
            Label label = new Label(text);
            label.getStyleClass().add(style);
            return label;
        }
    }
}
