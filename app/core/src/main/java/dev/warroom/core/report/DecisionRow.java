package dev.warroom.core.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One decision on the path: the question, the answer, who gave it, and what the signals suggested. */
public record DecisionRow(Instant at, String node, String question, Optional<String> answer, Optional<String> actor,
        Optional<String> suggested, List<String> evidence) {

    public DecisionRow {
        evidence = List.copyOf(evidence);
    }
}
