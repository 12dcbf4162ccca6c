package dev.warroom.console.startup;

import dev.warroom.console.ConsoleLauncher;
import dev.warroom.console.lifecycle.ReadySignal;

/** The console as the README starts it, until the war room shows a live reading on its state board. */
public final class WarRoomFirstFrame {

    private WarRoomFirstFrame() {
    }

    public static void main(String[] args) {
        FirstFrame.watch(ReadySignal::liveWarRoom);
        ConsoleLauncher.main(args);
    }
}
