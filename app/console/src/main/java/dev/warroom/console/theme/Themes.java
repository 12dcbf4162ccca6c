package dev.warroom.console.theme;

import java.net.URL;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import org.controlsfx.control.Notifications;

/** Applies a {@link Theme}: the AtlantaFX user-agent stylesheet, then ControlsFX's notifications sheet, the common and the theme's own sheet. */
public final class Themes {

    /** Feature sheets: layout and type for each part of the console, the same in every theme. */
    private static final java.util.List<String> FEATURES = java.util.List.of("common.css", "start.css", "board.css", "procedure.css",
            "timeline.css", "notifications.css", "facilitator.css", "report.css",
            "reference.css");

    private Themes() {
    }

    /**
     * ControlsFX's own sheet for notifications: it puts it first on the owner's scene when the first notification shows,
     * and that change restyled the whole war room (and rebuilt the decision tree) then. Here from the start, it is not
     * added again.
     */
    private static final String NOTIFICATIONS = Objects.requireNonNull(Notifications.class.getResource("notificationpopup.css"),
            "ControlsFX's notificationpopup.css is missing").toExternalForm();

    public static void apply(Scene scene, Theme theme) {
        if (!theme.baseStylesheet().equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(theme.baseStylesheet());
        }
        java.util.List<String> sheets = new java.util.ArrayList<>();
        sheets.add(NOTIFICATIONS);
        FEATURES.forEach(name -> sheets.add(url(name)));
        sheets.add(url(theme.stylesheet()));
        scene.getStylesheets().setAll(sheets);
    }

    static String url(String name) {
        URL url = Objects.requireNonNull(Themes.class.getResource("/dev/warroom/console/themes/" + name),
                "themes/" + name + " is missing from the console's classpath");
        return url.toExternalForm();
    }
}
