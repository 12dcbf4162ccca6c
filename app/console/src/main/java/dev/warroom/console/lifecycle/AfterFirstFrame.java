package dev.warroom.console.lifecycle;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Work that waits until a scene has made its first frame: what the commander needs first is on screen, then this
 * fills in behind it (FX thread).
 */
public final class AfterFirstFrame {

    private AfterFirstFrame() {
    }

    /** Runs {@code work} on the FX thread once, right after the first pulse that styled and laid out {@code scene} in a showing window. */
    public static void run(Scene scene, Runnable work) {
        boolean[] due = {false};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (due[0]) {
                return;
            }
            due[0] = true;
            // not removed here: the scene is still going through its listeners
            Platform.runLater(() -> {
                scene.removePostLayoutPulseListener(listener[0]);
                work.run();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
