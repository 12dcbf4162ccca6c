package dev.warroom.core.board;

import dev.warroom.core.world.Observation;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One resource on the board: the last good observation (kept through failures, so its age shows how
 * old the knowledge is), the current status with the error in words, and the back-off state.
 * Immutable.
 *
 * @param consecutiveFailures failed attempts since the last success
 * @param nextAttempt         when the board will try again after failures (back-off); empty when not backing off
 * @param inFlight            a probe call for this resource is still running
 */
public record BoardEntry(
        String resourceId,
        String siteId,
        String kind,
        Optional<Observation> observation,
        BoardStatus status,
        Optional<String> error,
        int consecutiveFailures,
        Optional<Instant> nextAttempt,
        boolean inFlight) {

    public Optional<Instant> observedAt() {
        return observation.map(Observation::observedAt);
    }

    /** How old the last good observation is at {@code now}. */
    public Optional<Duration> age(Instant now) {
        return observedAt().map(at -> at.isAfter(now) ? Duration.ZERO : Duration.between(at, now));
    }

    /** The status and error as one line, e.g. "throttled: 429 Too Many Requests: retry after 20s". */
    public String statusLine() {
        return error.map(e -> status.words() + ": " + e).orElse(status.words());
    }
}
