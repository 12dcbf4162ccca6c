package dev.warroom.console;

import javafx.application.Application;

/** Entry point that starts JavaFX from the class path (a main class that is not an Application subclass). */
public final class ConsoleLauncher {

    private ConsoleLauncher() {
    }

    public static void main(String[] args) {
        EarlyOpening.begin(args);
        Application.launch(WarRoomApp.class, args);
    }
}
