package dev.warroom.console.startup;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The baseline: a JavaFX window holding one label, until its first frame. */
public final class EmptyWindowFirstFrame {

    private EmptyWindowFirstFrame() {
    }

    public static void main(String[] args) {
        FirstFrame.watch(scene -> scene.lookup("#hello") != null);
        Application.launch(OneLabel.class, args);
    }

    /** A window as small as JavaFX allows, at the war room's size. */
    public static final class OneLabel extends Application {
        @Override
        public void start(Stage stage) {
            Label hello = new Label("WarRoom");
            hello.setId("hello");
            stage.setScene(new Scene(new StackPane(hello), 1366, 768));
            stage.show();
        }
    }
}
