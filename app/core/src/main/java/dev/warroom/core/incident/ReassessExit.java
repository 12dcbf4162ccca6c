package dev.warroom.core.incident;

import java.util.Locale;
import java.util.Optional;

/** How a reassess node was left: recovered (its signal, or a person, said so) or its limit passed. */
public enum ReassessExit {
    RECOVERED,
    LIMIT;

    /** As the journal writes it: {@code recovered} or {@code limit}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReassessExit> parse(String word) {
        for (ReassessExit exit : values()) {
            if (exit.word().equals(word)) {
                return Optional.of(exit);
            }
        }
        return Optional.empty();
    }
}
