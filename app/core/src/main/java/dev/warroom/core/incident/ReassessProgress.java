package dev.warroom.core.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the current reassess node stands, folded from the journal: entered at {@code enteredAt}, a round
 * due every {@code every} from then, the last at {@code limit} (rounds are numbered by their place in that
 * schedule, so one missed while the incident was down is skipped, not run late), the rounds so far, and,
 * once it was left, how ({@code exit}) and where to ({@code exitTo}).
 */
public record ReassessProgress(String node, Instant enteredAt, Duration every, Duration limit, List<ReassessRound> rounds,
        Optional<ReassessExit> exit, Optional<String> exitTo) {

    public ReassessProgress {
        rounds = List.copyOf(rounds);
    }

    static ReassessProgress entered(String node, Instant at, Duration every, Duration limit) {
        Duration period = every == null || every.isZero() || every.isNegative() ? Duration.ofMinutes(1) : every;
        Duration until = limit == null || limit.compareTo(period) < 0 ? period : limit;
        return new ReassessProgress(node, at, period, until, List.of(), Optional.empty(), Optional.empty());
    }

    ReassessProgress with(ReassessRound round) {
        List<ReassessRound> more = new ArrayList<>(rounds);
        more.add(round);
        return new ReassessProgress(node, enteredAt, every, limit, more, exit, exitTo);
    }

    ReassessProgress left(ReassessExit how, String to) {
        return new ReassessProgress(node, enteredAt, every, limit, rounds, Optional.of(how), Optional.ofNullable(to));
    }

    /** How many rounds the schedule holds: one every period, the last at the limit. */
    public int finalRound() {
        long whole = limit.toMillis() / every.toMillis();
        return (int) Math.max(1, limit.toMillis() % every.toMillis() == 0 ? whole : whole + 1);
    }

    /** When round {@code n} is due: {@code n} periods after entry, never after the limit. */
    public Instant roundAt(int n) {
        Instant at = enteredAt.plus(every.multipliedBy(n));
        return at.isAfter(limitAt()) ? limitAt() : at;
    }

    public Instant limitAt() {
        return enteredAt.plus(limit);
    }

    public Optional<ReassessRound> lastRound() {
        return rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(rounds.size() - 1));
    }

    /** The round to hold next, seen at {@code now}: the one after the last, or the latest one already due if more were missed. */
    public int nextRound(Instant now) {
        int next = lastRound().map(r -> r.round() + 1).orElse(1);
        int dueNow = now.isBefore(limitAt()) ? (int) (Duration.between(enteredAt, now).toMillis() / every.toMillis()) : finalRound();
        return Math.min(finalRound(), Math.max(next, dueNow));
    }

    /** When the next round is due, or empty once the node was left or its last round held. */
    public Optional<Instant> nextRoundAt(Instant now) {
        if (exit.isPresent() || lastRound().filter(r -> r.round() >= finalRound()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(roundAt(nextRound(now)));
    }
}
