package dev.warroom.console.room;

import dev.warroom.console.room.board.StateBoardPane;
import dev.warroom.console.room.checklist.ChecklistsPane;
import dev.warroom.console.room.header.HeaderBar;
import dev.warroom.console.room.procedure.ProcedurePane;
import dev.warroom.console.room.status.StatusBar;
import dev.warroom.console.room.timeline.TimelinePane;
import dev.warroom.console.room.tree.DecisionTreePane;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;

/**
 * The war room, one window: header (mode, title, clocks) on top, the state board on the left, the
 * decision tree above the active procedure and checklists in the centre, the live timeline on the
 * right, providers' status at the bottom. Fits 1366×768.
 */
public final class WarRoomScreen extends BorderPane {

    private final Timeline ticker;

    public WarRoomScreen(RoomContext context) {
        setId("war-room");
        getStyleClass().add("wr-war-room");
        setTop(new HeaderBar(context));
        ScrollPane board = new ScrollPane(new StateBoardPane(context));
        board.setFitToWidth(true);
        board.setPrefWidth(330);
        board.setId("board-scroll");
        setLeft(board);

        TabPane work = new TabPane(new Tab(context.messages().get("procedure.tab"), new ProcedurePane(context)),
                new Tab(context.messages().get("checklist.tab"), new ChecklistsPane(context)));
        work.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        work.setId("work-tabs");
        work.getTabs().get(0).textProperty().bind(context.messages().text("procedure.tab"));
        work.getTabs().get(1).textProperty().bind(context.messages().text("checklist.tab"));
        SplitPane centre = new SplitPane(new DecisionTreePane(context), work);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.38);
        setCenter(centre);

        TimelinePane timeline = new TimelinePane(context);
        timeline.setPrefWidth(360);
        setRight(timeline);
        setBottom(new StatusBar(context));

        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> context.vm().tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    public void stop() {
        ticker.stop();
    }
}
