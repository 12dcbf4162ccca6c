package dev.warroom.core.drill;

import java.util.Arrays;
import java.util.Optional;

/** Whether a success criterion was met. */
public enum Verdict {
    MET("met"),
    NOT_MET("not-met"),
    /** Neither the journal nor the facilitator could say. */
    UNDETERMINED("undetermined");

    private final String word;

    Verdict(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<Verdict> parse(String word) {
        return Arrays.stream(values()).filter(v -> v.word.equals(word)).findFirst();
    }
}
