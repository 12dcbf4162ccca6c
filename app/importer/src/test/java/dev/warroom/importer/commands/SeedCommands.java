package dev.warroom.importer.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commands of a seed document's shell and SQL blocks, read the way a person copies them: continuation lines and
 * multi-line quoted strings joined, comments and blank lines left out. Deliberately simpler than the recognizer's
 * own reading, so the two check each other.
 */
final class SeedCommands {

    private static final Pattern FENCE = Pattern.compile("^\\s*```\\s*([A-Za-z]*)\\s*$");
    private static final List<String> SHELL_LANGUAGES = List.of("bash", "sh", "shell", "sql", "");

    private SeedCommands() {
    }

    static Path seed(String prefix) throws IOException {
        Path root = Path.of(System.getProperty("warroom.root", "../.."), "plans", "sources");
        try (var files = Files.list(root)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
        }
    }

    static List<String> of(Path seed) throws IOException {
        List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
        List<String> commands = new ArrayList<>();
        String language = null;
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            Matcher fence = FENCE.matcher(line);
            if (fence.matches() && (language == null || fence.group(1).isEmpty())) {
                language = language == null ? fence.group(1).toLowerCase() : null;
                current.setLength(0);
                continue;
            }
            if (language == null || !SHELL_LANGUAGES.contains(language)) {
                continue;
            }
            String trimmed = line.strip();
            if (current.length() == 0 && (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("--"))) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            if (oddQuotes(current) || language.equals("sql") && !trimmed.endsWith(";")) {
                current.append('\n');
                continue;
            }
            commands.add(current.toString().strip());
            current.setLength(0);
        }
        return commands;
    }

    private static boolean oddQuotes(CharSequence text) {
        int doubles = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                doubles++;
            }
        }
        return doubles % 2 == 1;
    }
}
