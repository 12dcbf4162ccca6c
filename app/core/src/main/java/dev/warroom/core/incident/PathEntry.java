package dev.warroom.core.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One node on the decision path, with the answer given and the suggestion the engine made, if any. */
public record PathEntry(String node, Instant enteredAt, Optional<String> answer, Optional<String> actor,
        Optional<Instant> answeredAt, Optional<String> suggested, List<String> evidence) {

    public PathEntry {
        evidence = List.copyOf(evidence);
    }

    PathEntry answered(String answerId, String by, Instant at, Optional<String> suggestion, List<String> why) {
        return new PathEntry(node, enteredAt, Optional.of(answerId), Optional.of(by), Optional.of(at), suggestion, why);
    }
}
