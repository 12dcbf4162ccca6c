package dev.warroom.console.startup;

import dev.warroom.console.ConsoleLauncher;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;

/** The console as the README starts it, until the war room shows a live reading on its state board. */
public final class WarRoomFirstFrame {

    private static final PseudoClass FRESH = PseudoClass.getPseudoClass("fresh");

    private WarRoomFirstFrame() {
    }

    public static void main(String[] args) {
        FirstFrame.watch(WarRoomFirstFrame::liveWarRoom);
        ConsoleLauncher.main(args);
    }

    private static boolean liveWarRoom(Scene scene) {
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
}
