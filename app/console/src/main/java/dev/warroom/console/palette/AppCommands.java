package dev.warroom.console.palette;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.keys.Shortcuts;
import dev.warroom.console.theme.Theme;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The commands every screen has: the palette, the help, the language and the theme. */
public final class AppCommands {

    public static final List<KeyCombination> PALETTE_KEYS = List.of(
            new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    public static final List<KeyCombination> HELP_KEYS = List.of(
            new KeyCodeCombination(KeyCode.F1),
            new KeyCharacterCombination("?", KeyCombination.SHIFT_ANY));

    /** The languages offered, each named in its own words (the message key names it in every bundle alike). */
    static final Map<Locale, String> LANGUAGE_KEYS = Map.of(
            Messages.ENGLISH, "palette.language.en",
            Messages.TRADITIONAL_CHINESE, "palette.language.zh-tw",
            Messages.SIMPLIFIED_CHINESE, "palette.language.zh-cn");

    private AppCommands() {
    }

    /**
     * Registers the palette and the help (with their keys) and, palette-only, one command per language
     * and per theme. Call before the screen registers its own, so these keys win a clash.
     */
    public static void register(Shortcuts shortcuts, CommandPalette palette, HelpOverlay help, Messages messages,
            Consumer<Theme> applyTheme) {
        PALETTE_KEYS.forEach(key -> shortcuts.register(key, "palette.open", palette::toggle));
        HELP_KEYS.forEach(key -> shortcuts.register(key, "palette.help", help::toggle));
        for (Locale language : Messages.LANGUAGES) {
            shortcuts.register(null, LANGUAGE_KEYS.get(language), () -> messages.setLocale(language));
        }
        for (Theme theme : Theme.values()) {
            shortcuts.register(null, "palette.theme." + themeWord(theme), () -> applyTheme.accept(theme));
        }
    }

    /** The theme's name as --theme spells it. */
    public static String themeWord(Theme theme) {
        return switch (theme) {
            case WAR_ROOM_DARK -> "dark";
            case DAYLIGHT -> "daylight";
            case PROJECTOR -> "projector";
        };
    }

    /** The modal-panel toggles, which must still reach the shortcuts while a panel is up. */
    public static List<KeyCombination> toggles() {
        return java.util.stream.Stream.concat(PALETTE_KEYS.stream(), HELP_KEYS.stream()).toList();
    }
}
