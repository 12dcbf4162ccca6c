package dev.warroom.console.start;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.lifecycle.Subscriptions;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/**
 * Incidents on disk, one cell each: the title, a line of facts, the journal's file name and, where there is one, why the
 * incident cannot be used. {@link #unfinished} lists those left open, {@link #finished} those that are over.
 */
final class IncidentListView<T> extends ListView<T> {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** What one cell says, in the screen's language. */
    record Words(String title, String facts, String journal, Optional<String> problem) {
    }

    private IncidentListView(String id, String noneKey, Messages messages, Subscriptions subscriptions, BiFunction<T, Messages, Words> words) {
        setId(id);
        setCellFactory(list -> new Cell<>(messages, words));
        subscriptions.onChange(messages.localeProperty(), this::refresh);
        Label none = new Label();
        none.textProperty().bind(messages.text(noneKey));
        setPlaceholder(none);
    }

    /** Incidents left open: plan, mode, when opened, how many events — and why one cannot be resumed. */
    static IncidentListView<UnfinishedIncident> unfinished(Messages messages, Subscriptions subscriptions) {
        return new IncidentListView<>("unfinished-list", "start.resume.none", messages, subscriptions, (incident, say) -> new Words(
                incident.title(), say.get("start.resume.meta", incident.planId(), incident.mode().toUpperCase(Locale.ROOT),
                        WHEN.format(incident.openedAt()), incident.events()), incident.journal().getFileName().toString(),
                incident.resumable() ? Optional.empty() : Optional.of(say.get("start.resume.noPlan"))));
    }

    /** Incidents that are over: plan, mode, when resolved or aborted. */
    static IncidentListView<FinishedIncident> finished(Messages messages, Subscriptions subscriptions) {
        return new IncidentListView<>("finished-list", "start.finished.none", messages, subscriptions, (incident, say) -> new Words(
                incident.title(), say.get(incident.aborted() ? "start.finished.aborted" : "start.finished.resolved", incident.planId(),
                        incident.mode().toUpperCase(Locale.ROOT), WHEN.format(incident.endedAt())),
                incident.journal().getFileName().toString(), Optional.empty()));
    }

    private static final class Cell<T> extends ListCell<T> {
        private final Messages messages;
        private final BiFunction<T, Messages, Words> words;

        Cell(Messages messages, BiFunction<T, Messages, Words> words) {
            this.messages = messages;
            this.words = words;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(T incident, boolean empty) {
            super.updateItem(incident, empty);
            if (empty || incident == null) {
                setGraphic(null);
                return;
            }
            Words said = words.apply(incident, messages);
            Label title = new Label(said.title());
            title.getStyleClass().add(StartStyles.RESUME_TITLE);
            Label facts = new Label(said.facts());
            facts.getStyleClass().add(StartStyles.RESUME_META);
            Label journal = new Label(said.journal());
            journal.getStyleClass().add(StartStyles.RESUME_META);
            VBox box = new VBox(2, title, facts, journal);
            box.getStyleClass().add(StartStyles.RESUME_CELL);
            said.problem().ifPresent(problem -> {
                Label why = new Label(problem);
                why.getStyleClass().add(dev.warroom.console.theme.Styles.PLAN_PROBLEM);
                box.getChildren().add(why);
            });
            setGraphic(box);
        }
    }
}
