package dev.warroom.console.start;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.lifecycle.Subscriptions;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** Incidents that are over on disk: title, plan, mode, when resolved or aborted, and the journal's file name. */
final class FinishedListView extends ListView<FinishedIncident> {

    FinishedListView(Messages messages, Subscriptions subscriptions) {
        setId("finished-list");
        setCellFactory(list -> new Cell(messages));
        subscriptions.onChange(messages.localeProperty(), this::refresh);
        Label none = new Label();
        none.textProperty().bind(messages.text("start.finished.none"));
        setPlaceholder(none);
    }

    private static final class Cell extends ListCell<FinishedIncident> {
        private final Messages messages;

        Cell(Messages messages) {
            this.messages = messages;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(FinishedIncident incident, boolean empty) {
            super.updateItem(incident, empty);
            if (empty || incident == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(incident.title());
            title.getStyleClass().add(StartStyles.RESUME_TITLE);
            Label meta = new Label(messages.get(incident.aborted() ? "start.finished.aborted" : "start.finished.resolved", incident.planId(),
                    incident.mode().toUpperCase(Locale.ROOT), UnfinishedListView.OPENED.format(incident.endedAt())));
            meta.getStyleClass().add(StartStyles.RESUME_META);
            Label journal = new Label(incident.journal().getFileName().toString());
            journal.getStyleClass().add(StartStyles.RESUME_META);
            VBox box = new VBox(2, title, meta, journal);
            box.getStyleClass().add(StartStyles.RESUME_CELL);
            setGraphic(box);
        }
    }
}
