package dev.warroom.core.incident;

import java.util.Locale;
import java.util.Optional;

/** How a step's outcome came to be known: by watching state, by a person's word, or not at all. */
public enum Established {
    /** A reading of live state (or the action's own reading) showed the expected outcome. */
    VERIFIED,
    /** A person was asked what the plan says to check and answered. */
    CONFIRMED,
    /** Nobody checked: the step ran, and that is all the record can say. */
    UNVERIFIED;

    /** The word written to the journal. */
    public String word() {
        return this == UNVERIFIED ? "unverified" : name().toLowerCase(Locale.ROOT);
    }

    /** Reads the journal's word; events written before outcomes said how they were established give empty. */
    public static Optional<Established> parse(String word) {
        for (Established e : values()) {
            if (e.word().equals(word)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
