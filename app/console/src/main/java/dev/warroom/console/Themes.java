package dev.warroom.console;

import atlantafx.base.theme.PrimerDark;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** Applies the war-room theme: AtlantaFX as the base, the app's stylesheet from themes/ on top. */
public final class Themes {

    private Themes() {
    }

    public static void applyDefault(Scene scene) {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        scene.getStylesheets().add(Objects.requireNonNull(Themes.class.getResource("themes/war-room-dark.css"),
                "themes/war-room-dark.css missing from the console's classpath").toExternalForm());
    }
}
