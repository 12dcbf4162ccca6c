package dev.warroom.console.palette;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.keys.Shortcuts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/** How the palette finds a command among many, without the toolkit. */
class CommandSearchTest {

    private final List<String> ran = new ArrayList<>();
    private final Map<String, String> words = Map.of(
            "palette.open", "Command palette",
            "timeline.shortcut.note", "Write a note on the timeline",
            "app.report", "Write the report",
            "palette.theme.daylight", "Theme: daylight",
            "palette.language.zh-tw", "Language: 繁體中文");

    private List<CommandSearch.Entry> entries() {
        Shortcuts shortcuts = new Shortcuts();
        shortcuts.register(new KeyCodeCombination(KeyCode.K, KeyCombination.CONTROL_DOWN), "palette.open", () -> ran.add("palette"));
        shortcuts.register(new KeyCodeCombination(KeyCode.P, KeyCombination.CONTROL_DOWN, KeyCombination.SHIFT_DOWN), "palette.open",
                () -> ran.add("palette"));
        shortcuts.register(new KeyCodeCombination(KeyCode.N), "timeline.shortcut.note", () -> ran.add("note"));
        shortcuts.register(new KeyCodeCombination(KeyCode.R, KeyCombination.CONTROL_DOWN, KeyCombination.SHIFT_DOWN), "app.report",
                () -> ran.add("report"));
        shortcuts.register(null, "palette.theme.daylight", () -> ran.add("daylight"));
        shortcuts.register(null, "palette.language.zh-tw", () -> ran.add("zh-tw"));
        return CommandSearch.entries(shortcuts.commands(), words::get);
    }

    @Test
    void aCommandWithTwoKeysIsOneEntryShowingBoth() {
        List<CommandSearch.Entry> entries = entries();

        assertThat(entries).extracting(CommandSearch.Entry::name).containsExactly("Command palette", "Write a note on the timeline",
                "Write the report", "Theme: daylight", "Language: 繁體中文");
        assertThat(entries.get(0).keyText()).isEqualTo("Ctrl+K · Ctrl+Shift+P");
        assertThat(entries.get(3).keyText()).isEmpty();
    }

    @Test
    void everyTypedWordMustMatchInAnyCaseAndNamesStartingWithTheQueryComeFirst() {
        List<CommandSearch.Entry> entries = entries();

        assertThat(CommandSearch.matching(entries, "write")).extracting(CommandSearch.Entry::name)
                .containsExactly("Write a note on the timeline", "Write the report");
        assertThat(CommandSearch.matching(entries, "REPORT write")).extracting(CommandSearch.Entry::name).containsExactly("Write the report");
        assertThat(CommandSearch.matching(entries, "the")).extracting(CommandSearch.Entry::name)
                .containsExactly("Theme: daylight", "Write a note on the timeline", "Write the report");
        assertThat(CommandSearch.matching(entries, "繁體")).extracting(CommandSearch.Entry::name).containsExactly("Language: 繁體中文");
        assertThat(CommandSearch.matching(entries, "  ")).hasSize(entries.size());
        assertThat(CommandSearch.matching(entries, "reboot")).isEmpty();
    }

    @Test
    void aCommandCanBeFoundByItsKey() {
        List<CommandSearch.Entry> found = CommandSearch.matching(entries(), "ctrl+shift+r");

        assertThat(found).extracting(CommandSearch.Entry::name).containsExactly("Write the report");
        found.get(0).action().run();
        assertThat(ran).containsExactly("report");
    }
}
