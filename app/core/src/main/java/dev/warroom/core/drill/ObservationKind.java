package dev.warroom.core.drill;

import java.util.Arrays;
import java.util.Optional;

/** How the facilitator marks an observation, in the HSEEP way. */
public enum ObservationKind {
    STRENGTH("strength"),
    IMPROVEMENT("improvement"),
    /** Neither yet: a plain timestamped note. */
    NOTE("note");

    private final String word;

    ObservationKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<ObservationKind> parse(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
    }
}
