package dev.warroom.console;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The WarRoom console window. */
public final class WarRoomApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("WarRoom");
        stage.setScene(new Scene(new Label("WarRoom"), 800, 600));
        stage.show();
    }
}
