package dev.warroom.console.startup;

import java.util.function.Predicate;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Watches every pulse for the first frame in which some window's scene shows what {@code ready}
 * asks for, then prints {@code READY} and the process's CPU milliseconds so far, and ends the JVM:
 * the moment a user would see it.
 */
final class FirstFrame {

    static final String READY = "READY";
    /** Set in a class-data training run: the JVM exits normally on the first ready frame, so it writes its archive. */
    static final String TRAINING = "startup.training";

    private FirstFrame() {
    }

    /** Starts watching from a daemon thread, once the toolkit is up. */
    static void watch(Predicate<Scene> ready) {
        Thread starter = new Thread(() -> {
            while (true) {
                try {
                    Platform.runLater(() -> timer(ready).start());
                    return;
                } catch (IllegalStateException toolkitNotUpYet) {
                    pause();
                }
            }
        }, "first-frame-watch");
        starter.setDaemon(true);
        starter.start();
    }

    private static AnimationTimer timer(Predicate<Scene> ready) {
        return new AnimationTimer() {
            @Override
            public void handle(long now) {
                for (Window window : Window.getWindows()) {
                    if (window.isShowing() && window.getScene() != null && ready.test(window.getScene())) {
                        stop();
                        System.out.println(READY + " " + processCpuMillis());
                        System.out.flush();
                        if (Boolean.getBoolean(TRAINING)) {
                            System.exit(0);
                        }
                        Runtime.getRuntime().halt(0);
                    }
                }
            }
        };
    }

    /** The CPU time all the JVM's threads have used so far: the work, which the machine's load does not stretch as it does the wall clock. */
    private static long processCpuMillis() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1_000_000 : -1;
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
