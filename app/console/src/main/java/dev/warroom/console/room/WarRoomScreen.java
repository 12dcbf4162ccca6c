package dev.warroom.console.room;

import dev.warroom.console.lifecycle.AfterFirstFrame;
import dev.warroom.console.room.board.BoardStyles;
import dev.warroom.console.room.board.StateBoardPane;
import dev.warroom.console.room.checklist.ChecklistsPane;
import dev.warroom.console.room.header.HeaderBar;
import dev.warroom.console.room.header.PlanCheckStrip;
import dev.warroom.console.room.inject.InjectCardsPane;
import dev.warroom.console.room.model.RoomContext;
import dev.warroom.console.room.notify.Notifier;
import dev.warroom.console.room.procedure.ProcedurePane;
import dev.warroom.console.room.status.StatusBar;
import dev.warroom.console.room.timeline.TimelinePane;
import dev.warroom.console.room.tree.DecisionTreePane;
import dev.warroom.core.incident.IncidentState;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The war room, one window: header (mode, title, clocks) on top, with the plan's checks under it while they run, the state board on the left, the
 * decision tree above the active procedure and checklists in the centre, the live timeline on the
 * right (in a drill, under the fired message injects the team has to acknowledge), providers' status at the bottom;
 * notifications over the middle of the timeline. Fits 1366×768. While the commander decides, the question
 * has most of the centre; when a procedure starts, it gets the room and its tab comes to the front.
 * Ctrl+1, Ctrl+2 and Ctrl+3 move the keyboard to the board, the procedure and the timeline.
 */
public final class WarRoomScreen extends BorderPane {

    /** How much of the centre the decision tree takes: most of it while the commander decides, less once a procedure runs. */
    private static final double TREE_SHARE_DECIDING = 0.6;
    private static final double TREE_SHARE_IN_PROCEDURE = 0.38;

    private final RoomContext context;
    private final Timeline ticker;
    private final ScrollPane board;
    private final TabPane work;
    private final ProcedurePane procedure;
    private final TimelinePane timeline;
    private boolean stopped;

    public WarRoomScreen(RoomContext context) {
        this.context = context;
        setId("war-room");
        getStyleClass().add("wr-war-room");
        setTop(new VBox(new HeaderBar(context), new PlanCheckStrip(context)));
        board = new ScrollPane(new StateBoardPane(context));
        board.setFitToWidth(true);
        board.setFocusTraversable(true);
        board.getStyleClass().add(BoardStyles.BOARD_COLUMN);
        board.setId("board-scroll");
        setLeft(board);

        procedure = new ProcedurePane(context);
        // the checklists, on the tab behind the procedure, are built right after the room's first frame
        Label checklistsComing = new Label();
        checklistsComing.textProperty().bind(context.messages().text("checklist.loading"));
        Tab checklists = new Tab(context.messages().get("checklist.tab"), checklistsComing);
        work = new TabPane(new Tab(context.messages().get("procedure.tab"), procedure), checklists);
        sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> observable, Scene old, Scene scene) {
                if (scene != null) {
                    sceneProperty().removeListener(this);
                    AfterFirstFrame.run(scene, () -> {
                        if (!stopped) {
                            checklists.setContent(new ChecklistsPane(context));
                        }
                    });
                }
            }
        });
        work.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        work.setId("work-tabs");
        work.getTabs().get(0).textProperty().bind(context.messages().text("procedure.tab"));
        work.getTabs().get(1).textProperty().bind(context.messages().text("checklist.tab"));
        SplitPane centre = new SplitPane(new DecisionTreePane(context), work);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(context.vm().stateProperty().get().activeProcedure().isPresent() ? TREE_SHARE_IN_PROCEDURE
                : TREE_SHARE_DECIDING);
        setCenter(centre);
        context.subscriptions().onChange(context.vm().stateProperty(), (before, after) -> {
            if (procedureStarted(before, after)) {
                work.getSelectionModel().select(0);
                centre.setDividerPositions(TREE_SHARE_IN_PROCEDURE);
            }
        });

        timeline = new TimelinePane(context);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        // a drill's fired message waits over the timeline until the team acknowledges it
        VBox right = new VBox(new InjectCardsPane(context), timeline);
        right.setPrefWidth(360);
        setRight(right);
        setBottom(new StatusBar(context));
        new Notifier(context, this);

        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> context.vm().tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();

        context.shortcuts().register(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), "app.focus.board",
                this::focusBoard);
        context.shortcuts().register(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), "app.focus.procedure",
                this::focusProcedure);
        context.shortcuts().register(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN), "app.focus.timeline",
                this::focusTimeline);
    }

    /** A new procedure run: its first step is what the commander must see next, whatever tab was up. */
    private static boolean procedureStarted(IncidentState before, IncidentState after) {
        return after != null && after.procedures().size() > (before == null ? 0 : before.procedures().size());
    }

    public void focusBoard() {
        board.requestFocus();
    }

    /** Shows the procedure tab and puts the keyboard on its first control (or on the tabs when it has none). */
    public void focusProcedure() {
        work.getSelectionModel().select(0);
        firstFocusable(procedure).ifPresentOrElse(Node::requestFocus, work::requestFocus);
    }

    public void focusTimeline() {
        timeline.focusList();
    }

    private static Optional<Node> firstFocusable(Parent parent) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible() || child.isDisabled()) {
                continue;
            }
            if (child.isFocusTraversable()) {
                return Optional.of(child);
            }
            if (child instanceof Parent inner) {
                Optional<Node> found = firstFocusable(inner);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The room is closing: the clock stops and every view lets go of what it subscribed to. */
    public void stop() {
        stopped = true;
        ticker.stop();
        context.subscriptions().release();
    }

    /** What the room's views were built with (for embedding and tests). */
    public RoomContext context() {
        return context;
    }
}
