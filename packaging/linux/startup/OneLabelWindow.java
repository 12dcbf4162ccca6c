import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of measure-start-up: a JavaFX window with one label, at the war room's size, started by the
 * image's own runtime. At its first frame it writes the wall-clock time (Unix epoch milliseconds) to the file
 * named by -Dwarroom.readyFile, as the console's ReadySignal does, and exits normally.
 */
public final class OneLabelWindow {

    private OneLabelWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window; the main class is not an Application, so JavaFX runs from the class path (as ConsoleLauncher). */
    public static final class Window extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("WarRoom")), 1366, 768));
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                long millis = System.currentTimeMillis();
                try {
                    Files.writeString(Path.of(System.getProperty("warroom.readyFile")), millis + "\n");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                Platform.exit();
                System.exit(0);
            }
        }.start();
    }
    }
}
