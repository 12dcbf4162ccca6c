package dev.warroom.console.room.timeline;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.room.model.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One timeline entry: clock time (UTC) and T+ since impact, its kind and actor, then what happened and how it ended. */
final class TimelineCell extends ListCell<TimelineEntry> {

    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Messages messages;
    private final Supplier<Instant> impact;
    private final Label clock = styled(TimelineStyles.CLOCK);
    private final Label since = styled(TimelineStyles.SINCE);
    private final Label kind = styled(TimelineStyles.KIND);
    private final Label actor = styled(TimelineStyles.ACTOR);
    private final Label event = styled(TimelineStyles.EVENT);
    private final Label outcome = styled(TimelineStyles.OUTCOME);
    private final VBox box;
    private PseudoClass kindState;

    /** Room the row's words leave beside them: the cell's padding and bar, the list's edges and its scroll bar. */
    private static final double ROW_CHROME = 44;

    TimelineCell(Messages messages, Supplier<Instant> impact, ReadOnlyDoubleProperty listWidth) {
        this.messages = messages;
        this.impact = impact;
        getStyleClass().add(TimelineStyles.CELL);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, clock, since, kind, gap, actor);
        // In large type a narrow column cannot hold the whole line: the actor gives way (ellipsis) rather than run off the edge.
        actor.setMinWidth(0);
        for (Label words : new Label[] {event, outcome}) {
            words.setWrapText(true);
            // Rows are measured before they know their width, at their words' minimum width; make both the
            // list's width (not zero, which means "no wrapping"), so long words wrap onto more lines.
            words.prefWidthProperty().bind(listWidth.subtract(ROW_CHROME));
        }
        box = new VBox(2, top, event, outcome);
        // A cell that asks for no width takes the list's, so nothing scrolls sideways.
        setPrefWidth(0);
    }

    private static Label styled(String style) {
        Label label = new Label();
        label.getStyleClass().add(style);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    @Override
    protected void updateItem(TimelineEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (kindState != null) {
            pseudoClassStateChanged(kindState, false);
            kindState = null;
        }
        if (empty || entry == null) {
            setGraphic(null);
            return;
        }
        clock.setText(CLOCK.format(entry.time()));
        since.setText(sinceImpact(Duration.between(impact.get(), entry.time()), messages));
        kind.setText(TimelineKind.nameKey(entry.kind()).map(messages::get).orElse(entry.kind()));
        actor.setText(entry.actor());
        event.setText(entry.event());
        outcome.setText(entry.outcome());
        outcome.setVisible(!entry.outcome().isBlank());
        outcome.setManaged(!entry.outcome().isBlank());
        kindState = PseudoClass.getPseudoClass(entry.kind());
        pseudoClassStateChanged(kindState, true);
        setGraphic(box);
    }

    /**
     * As tall as the words need. A list cell's skin otherwise answers the theme's fixed cell size, and the
     * list then squeezes wrapped words into one line with an ellipsis.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null) {
            return super.computePrefHeight(width);
        }
        Insets insets = getInsets();
        double inner = width < 0 ? -1 : width - insets.getLeft() - insets.getRight();
        return insets.getTop() + box.prefHeight(inner) + insets.getBottom();
    }

    static String sinceImpact(Duration since, Messages messages) {
        return since.isNegative() ? "T−" + messages.duration(since.negated()) : "T+" + messages.duration(since);
    }
}
