package dev.warroom.console.lifecycle;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Work that waits until a scene's first frame is on screen: what the commander needs first is shown, then this fills
 * in behind it (FX thread).
 */
public final class AfterFirstFrame {

    private AfterFirstFrame() {
    }

    /**
     * Runs {@code work} on the FX thread once, after the first frame of {@code scene} in a showing window has been drawn:
     * that is known at the following pulse (a pulse waits for the previous frame's rendering), so the work runs right
     * after that pulse's layout, and a pulse is asked for so that it comes.
     */
    public static void run(Scene scene, Runnable work) {
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            pulses[0]++;
            if (pulses[0] == 1) {
                Platform.requestNextPulse();
            } else if (pulses[0] == 2) {
                // not removed here: the scene is still going through its listeners
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    work.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
