package dev.warroom.console.room.timeline;

import atlantafx.base.theme.Styles;
import dev.warroom.console.room.model.RoomContext;
import dev.warroom.console.room.model.TimelineEntry;
import dev.warroom.core.incident.NoteKind;
import java.time.Instant;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The live timeline: every recorded event in words, newest at the bottom and followed unless the
 * commander has scrolled up; chips filter it by kind; the note field under it is one key away
 * (N note, I issue found, A action item).
 */
public final class TimelinePane extends VBox {

    private final ListView<TimelineEntry> list = new ListView<>();

    public TimelinePane(RoomContext context) {
        setId("timeline");
        getStyleClass().add(TimelineStyles.PANE);

        TimelineFilter filter = new TimelineFilter();
        FilteredList<TimelineEntry> shown = new FilteredList<>(context.vm().timeline());
        shown.predicateProperty().bind(filter.predicateProperty());

        Label heading = new Label();
        heading.setId("timeline-heading");
        heading.getStyleClass().add(TimelineStyles.HEADING);
        heading.textProperty().bind(context.messages().text("timeline.title"));
        Label count = new Label();
        count.setId("timeline-count");
        count.getStyleClass().add(TimelineStyles.CAPTION);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> context.messages().get("timeline.count", shown.size(), context.vm().timeline().size()),
                shown, context.vm().timeline(), context.messages().localeProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, heading, gap, count);
        header.setAlignment(Pos.BASELINE_LEFT);

        Label caption = new Label();
        caption.getStyleClass().add(TimelineStyles.CAPTION);
        caption.textProperty().bind(context.messages().text("timeline.caption"));

        list.setId("timeline-list");
        list.getStyleClass().add(TimelineStyles.LIST);
        list.setItems(shown);
        list.setPlaceholder(placeholder(context));
        list.setCellFactory(view -> new TimelineCell(context.messages(), () -> impact(context), view.widthProperty()));
        context.subscriptions().onChange(context.messages().localeProperty(), (old, now) -> list.refresh());
        VBox.setVgrow(list, Priority.ALWAYS);

        FollowLatest follow = new FollowLatest(list);
        Button latest = new Button();
        latest.setId("timeline-latest");
        latest.getStyleClass().addAll(TimelineStyles.LATEST, Styles.SMALL, Styles.ACCENT);
        latest.textProperty().bind(context.messages().text("timeline.latest"));
        latest.visibleProperty().bind(follow.followingProperty().not());
        latest.setOnAction(e -> follow.jumpToLatest());
        StackPane.setAlignment(latest, Pos.BOTTOM_CENTER);
        StackPane listArea = new StackPane(list, latest);
        VBox.setVgrow(listArea, Priority.ALWAYS);

        NoteBar noteBar = new NoteBar(context, this::focusList);
        for (NoteKind kind : NoteKind.values()) {
            context.shortcuts().register(new KeyCodeCombination(NoteBar.KEYS.get(kind)), "timeline.shortcut." + kind.word(),
                    () -> noteBar.begin(kind, true));
        }
        getChildren().addAll(header, chips(context, filter), caption, listArea, noteBar);
    }

    private static Instant impact(RoomContext context) {
        return context.vm().stateProperty().get().impactStartedAt();
    }

    private static Label placeholder(RoomContext context) {
        Label empty = new Label();
        empty.textProperty().bind(context.messages().text("timeline.empty"));
        return empty;
    }

    private static FlowPane chips(RoomContext context, TimelineFilter filter) {
        FlowPane chips = new FlowPane(4, 4);
        chips.setId("timeline-filter");
        chips.getStyleClass().add(TimelineStyles.CHIPS);
        for (TimelineKind kind : TimelineKind.values()) {
            ToggleButton chip = new ToggleButton();
            chip.setId("filter-" + kind.word());
            chip.getStyleClass().addAll(TimelineStyles.CHIP, Styles.ROUNDED);
            chip.textProperty().bind(context.messages().text(kind.messageKey()));
            chip.setSelected(filter.isShown(kind));
            chip.selectedProperty().addListener((obs, was, shown) -> filter.show(kind, shown));
            chips.getChildren().add(chip);
        }
        return chips;
    }

    /** Moves the keyboard focus to the timeline's rows (used by the focus command and by Esc in the note field). */
    public void focusList() {
        list.requestFocus();
    }
}
