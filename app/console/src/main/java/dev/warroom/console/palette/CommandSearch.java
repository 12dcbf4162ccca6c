package dev.warroom.console.palette;

import dev.warroom.console.keys.Shortcuts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.input.KeyCombination;

/**
 * What the palette and the help list: one entry per command (a command reachable by two keys is one
 * entry with both), named in the current language, and the entries that match what was typed.
 */
public final class CommandSearch {

    /** A command as listed: its message key, its name now, its keys (possibly none) and what it does. */
    public record Entry(String nameKey, String name, List<KeyCombination> keys, Runnable action) {

        /** The keys as shown, e.g. "Ctrl+K · Ctrl+Shift+P"; empty when the command has no key. */
        public String keyText() {
            return String.join(" · ", keys.stream().map(KeyCombination::getDisplayText).toList());
        }
    }

    private CommandSearch() {
    }

    /** The registered commands in registration order, merged by name, named through {@code words}. */
    public static List<Entry> entries(List<Shortcuts.Command> commands, Function<String, String> words) {
        Map<String, List<Shortcuts.Command>> byName = new LinkedHashMap<>();
        commands.forEach(c -> byName.computeIfAbsent(c.nameKey(), k -> new ArrayList<>()).add(c));
        List<Entry> entries = new ArrayList<>();
        byName.forEach((key, same) -> entries.add(new Entry(key, words.apply(key),
                same.stream().map(Shortcuts.Command::key).filter(k -> k != null).toList(), same.get(0).action())));
        return entries;
    }

    /**
     * The entries whose name or key contains every word of {@code query} (any case); names that start
     * with the query come first, otherwise the order is kept. A blank query matches everything.
     */
    public static List<Entry> matching(List<Entry> entries, String query) {
        String wanted = query.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.copyOf(entries);
        }
        String[] words = wanted.split("\\s+");
        List<Entry> found = new ArrayList<>();
        for (Entry entry : entries) {
            String haystack = (entry.name() + " " + entry.keyText()).toLowerCase(Locale.ROOT);
            boolean all = true;
            for (String word : words) {
                all &= haystack.contains(word);
            }
            if (all) {
                found.add(entry);
            }
        }
        found.sort(Comparator.comparing((Entry e) -> !e.name().toLowerCase(Locale.ROOT).startsWith(wanted)));
        return found;
    }
}
