package dev.warroom.console.room.model;

import dev.warroom.core.incident.SuggestionProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The current question's suggestions as the signals last judged them ({@code seenAt}, incident time): which one
 * is offered and which stronger ones are still building. Counting on from {@code seenAt} is what lets a view's
 * countdown tick between readings.
 */
public record SuggestionsSeen(List<SuggestionProgress> progress, Optional<Instant> seenAt) {

    public static final SuggestionsSeen NONE = new SuggestionsSeen(List.of(), Optional.empty());

    public SuggestionsSeen {
        progress = List.copyOf(progress);
    }

    public Optional<SuggestionProgress> offered() {
        return progress.stream().filter(SuggestionProgress::offered).findFirst();
    }

    public List<SuggestionProgress> stronger() {
        return progress.stream().filter(SuggestionProgress::stronger).toList();
    }

    /** How long {@code p} has held by {@code now}, assuming it has held on since it was seen. */
    public Duration heldBy(SuggestionProgress p, Instant now) {
        return p.holding() ? p.heldFor().plus(since(now)) : Duration.ZERO;
    }

    /** How long {@code p} still needs at {@code now} if it keeps holding; zero once it has held long enough. */
    public Duration remainingAt(SuggestionProgress p, Instant now) {
        Duration left = p.needed().minus(heldBy(p, now));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private Duration since(Instant now) {
        return seenAt.filter(at -> now != null && now.isAfter(at)).map(at -> Duration.between(at, now)).orElse(Duration.ZERO);
    }
}
