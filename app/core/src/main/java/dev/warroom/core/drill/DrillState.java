package dev.warroom.core.drill;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A drill as far as the journal holds it. Only the facilitator's window shows it whole; the participants'
 * room shows only fired message injects and their acknowledgement.
 *
 * @param startedAt    incident time the drill started: injects' {@code at} counts from here
 * @param cleanupTicked ids of the cleanup items ticked
 * @param closedAt     when the facilitator closed the drill; {@code closingReason} says why items were left open
 */
public record DrillState(String drillId, Instant startedAt, List<InjectState> injects, DrillClock clock, List<Observation> observations,
        List<CriterionVerdict> verdicts, Optional<HotWash> hotWash, Set<String> cleanupTicked, Optional<Instant> closedAt,
        String closingReason) {

    public DrillState {
        injects = List.copyOf(injects);
        observations = List.copyOf(observations);
        verdicts = List.copyOf(verdicts);
        cleanupTicked = Set.copyOf(cleanupTicked);
    }

    public Optional<InjectState> inject(String id) {
        return injects.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The latest verdict given for a criterion. */
    public Optional<CriterionVerdict> verdict(String criterion) {
        return verdicts.stream().filter(v -> v.criterion().equals(criterion)).reduce((first, second) -> second);
    }

    public boolean closed() {
        return closedAt.isPresent();
    }
}
