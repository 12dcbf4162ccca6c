package dev.warroom.console.palette;

/** Style classes of the palette, the help, the overlay layer and the toasts; defined in themes/start.css (app-level looks). */
public final class PaletteStyles {
    public static final String SCRIM = "wr-scrim";
    public static final String SHEET = "wr-sheet";
    public static final String SHEET_TITLE = "wr-sheet-title";
    public static final String PALETTE = "wr-palette";
    public static final String PALETTE_ROW = "wr-palette-row";
    public static final String PALETTE_NAME = "wr-palette-name";
    public static final String KEY = "wr-key";
    public static final String HELP = "wr-help";
    public static final String HELP_HINT = "wr-help-hint";
    public static final String TOASTS = "wr-toasts";
    public static final String TOAST = "wr-toast";

    private PaletteStyles() {
    }
}
