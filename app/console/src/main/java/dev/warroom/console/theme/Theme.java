package dev.warroom.console.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The console's looks: an AtlantaFX base plus a stylesheet from themes/. */
public enum Theme {
    WAR_ROOM_DARK("war-room-dark.css", new PrimerDark().getUserAgentStylesheet()),
    DAYLIGHT("daylight.css", new PrimerLight().getUserAgentStylesheet()),
    PROJECTOR("projector.css", new PrimerDark().getUserAgentStylesheet());

    private final String stylesheet;
    private final String base;

    Theme(String stylesheet, String base) {
        this.stylesheet = stylesheet;
        this.base = base;
    }

    public String stylesheet() {
        return stylesheet;
    }

    public String baseStylesheet() {
        return base;
    }
}
