package dev.warroom.core.drill;

import java.util.Arrays;
import java.util.Optional;

/** An HSEEP rating of how an objective was performed. */
public enum Rating {
    /** Performed without challenges. */
    P,
    /** Performed with some challenges. */
    S,
    /** Performed with major challenges. */
    M,
    /** Unable to be performed. */
    U;

    public static Optional<Rating> parse(String letter) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(letter == null ? "" : letter.strip())).findFirst();
    }
}
