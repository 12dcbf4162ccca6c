package dev.warroom.console.options;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a file given as the console's only argument is (a desktop file association starts {@code WarRoom FILE}):
 * a plan ({@code *.yaml}, {@code *.yml}) or an incident journal ({@code *.jsonl}, or any file whose first line
 * is a journal's first event). Anything else is refused with the file's name and what WarRoom opens.
 */
public enum FileArgument {
    PLAN,
    JOURNAL;

    /** How every journal begins: its first event's canonical JSON starts with these fields, in this order. */
    private static final byte[] JOURNAL_START = "{\"seq\":1,\"time\":\"".getBytes(StandardCharsets.US_ASCII);

    /** Reads at most the first few bytes of {@code file}, and only when its name does not say what it is. */
    public static FileArgument of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("cannot open " + file + ": " + (Files.exists(file) ? "not a file" : "no such file"));
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return PLAN;
        }
        if (name.endsWith(".jsonl") || startsLikeAJournal(file)) {
            return JOURNAL;
        }
        throw new IllegalArgumentException("cannot open " + file + ": WarRoom opens a plan (*.yaml, *.yml) or an incident journal"
                + " (*.jsonl)");
    }

    private static boolean startsLikeAJournal(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(JOURNAL_START.length), JOURNAL_START);
        } catch (IOException unreadable) {
            return false;
        }
    }
}
