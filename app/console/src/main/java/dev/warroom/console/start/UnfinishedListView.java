package dev.warroom.console.start;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.lifecycle.Subscriptions;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** Incidents left open on disk: title, plan, mode, when opened, how many events — and why one cannot be resumed. */
final class UnfinishedListView extends ListView<UnfinishedIncident> {

    static final DateTimeFormatter OPENED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    UnfinishedListView(Messages messages, Subscriptions subscriptions) {
        setId("unfinished-list");
        setCellFactory(list -> new Cell(messages));
        subscriptions.onChange(messages.localeProperty(), this::refresh);
        Label none = new Label();
        none.textProperty().bind(messages.text("start.resume.none"));
        setPlaceholder(none);
    }

    private static final class Cell extends ListCell<UnfinishedIncident> {
        private final Messages messages;

        Cell(Messages messages) {
            this.messages = messages;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(UnfinishedIncident incident, boolean empty) {
            super.updateItem(incident, empty);
            if (empty || incident == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(incident.title());
            title.getStyleClass().add(StartStyles.RESUME_TITLE);
            Label meta = new Label(messages.get("start.resume.meta", incident.planId(), incident.mode().toUpperCase(Locale.ROOT),
                    OPENED.format(incident.openedAt()), incident.events()));
            meta.getStyleClass().add(StartStyles.RESUME_META);
            Label journal = new Label(incident.journal().getFileName().toString());
            journal.getStyleClass().add(StartStyles.RESUME_META);
            VBox box = new VBox(2, title, meta, journal);
            box.getStyleClass().add(StartStyles.RESUME_CELL);
            if (!incident.resumable()) {
                Label why = new Label(messages.get("start.resume.noPlan"));
                why.getStyleClass().add(dev.warroom.console.theme.Styles.PLAN_PROBLEM);
                box.getChildren().add(why);
            }
            setGraphic(box);
        }
    }
}
