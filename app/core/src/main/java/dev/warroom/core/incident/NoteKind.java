package dev.warroom.core.incident;

import java.util.Locale;
import java.util.Optional;

/** What a free-text entry on the timeline is. */
public enum NoteKind {
    NOTE,
    ISSUE,
    ACTION_ITEM;

    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<NoteKind> parse(String text) {
        for (NoteKind kind : values()) {
            if (kind.word().equalsIgnoreCase(text)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
