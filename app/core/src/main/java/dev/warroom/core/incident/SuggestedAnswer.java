package dev.warroom.core.incident;

import java.util.List;

/** An answer the live signals point to, and why. The commander still decides. */
public record SuggestedAnswer(String node, String answer, String signal, List<String> evidence) {

    public SuggestedAnswer {
        evidence = List.copyOf(evidence);
    }
}
