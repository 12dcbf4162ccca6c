package dev.warroom.console.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Tells a script outside the JVM that the war room is on screen and live: the first frame in which a
 * window shows the war room with at least one fresh reading on its state board. The installed-package
 * check waits for it before its screenshot, and the build's class-data-sharing training run quits on it.
 *
 * <ul>
 *   <li>{@code -Dwarroom.readyFile=PATH}: PATH is written (atomically) with the wall-clock time of that frame, in
 *   milliseconds since the Unix epoch, for the caller to subtract its own launch time from (the process's start
 *   time as the JVM can read it here has a resolution of a second: the kernel's boot time);</li>
 *   <li>{@code -Dwarroom.quitWhenReady=true}: the console then exits normally ({@code System.exit(0)}, so a
 *   JVM asked to dump a class-data archive at exit does).</li>
 * </ul>
 * Without either property nothing is watched.
 */
public final class ReadySignal {

    public static final String READY_FILE = "warroom.readyFile";
    public static final String QUIT_WHEN_READY = "warroom.quitWhenReady";

    private static final PseudoClass FRESH = PseudoClass.getPseudoClass("fresh");

    private ReadySignal() {
    }

    /** Starts watching if the system properties ask for it; call on the FX thread once the toolkit is up. */
    public static void watchIfAsked() {
        Optional<Path> readyFile = Optional.ofNullable(System.getProperty(READY_FILE)).filter(s -> !s.isBlank()).map(Path::of);
        boolean quit = Boolean.getBoolean(QUIT_WHEN_READY);
        if (readyFile.isPresent() || quit) {
            timer(readyFile, quit).start();
        }
    }

    /** True when {@code scene} shows the war room with a fresh reading on its board. */
    public static boolean liveWarRoom(Scene scene) {
        if (scene.lookup("#war-room") == null) {
            return false;
        }
        for (Node node : scene.getRoot().lookupAll("*")) {
            if (node.getId() != null && node.getId().startsWith("resource-") && node.getPseudoClassStates().contains(FRESH)) {
                return true;
            }
        }
        return false;
    }

    private static AnimationTimer timer(Optional<Path> readyFile, boolean quit) {
        return new AnimationTimer() {
            @Override
            public void handle(long now) {
                for (Window window : Window.getWindows()) {
                    if (window.isShowing() && window.getScene() != null && liveWarRoom(window.getScene())) {
                        stop();
                        readyFile.ifPresent(ReadySignal::write);
                        if (quit) {
                            Platform.exit();
                            System.exit(0);
                        }
                        return;
                    }
                }
            }
        };
    }

    private static void write(Path file) {
        long millis = System.currentTimeMillis();
        try {
            Path absolute = file.toAbsolutePath();
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
            Files.writeString(partial, millis + "\n", StandardCharsets.UTF_8);
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ready file " + file, e);
        }
    }
}
