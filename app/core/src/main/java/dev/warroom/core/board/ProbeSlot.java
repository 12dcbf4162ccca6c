package dev.warroom.core.board;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the board remembers about one resource between refreshes. Guarded by the board's lock.
 */
final class ProbeSlot {

    final Resource resource;
    final String siteId;
    final Optional<Probe> probe;
    private Observation last;
    private BoardStatus failure;
    private String error;
    private int failures;
    private Instant nextAttempt;
    private long attempt;
    private boolean inFlight;
    /** The running call already passed its timeout and was counted as a failure. */
    private boolean overdue;

    ProbeSlot(Resource resource, String siteId, Optional<Probe> probe) {
        this.resource = resource;
        this.siteId = siteId;
        this.probe = probe;
    }

    /** Whether a refresh at {@code now} should call the probe: it has one, none is running, back-off is over. */
    boolean due(Instant now) {
        return probe.isPresent() && !inFlight && (nextAttempt == null || !now.isBefore(nextAttempt));
    }

    /** Marks a call as started and returns its number, so a late answer can be told from a current one. */
    long start() {
        inFlight = true;
        overdue = false;
        return ++attempt;
    }

    void succeeded(long call, Observation observation) {
        if (call == attempt) {
            inFlight = false;
        }
        if (last == null || !observation.observedAt().isBefore(last.observedAt())) {
            last = observation;
        }
        failure = null;
        error = null;
        failures = 0;
        nextAttempt = null;
    }

    void failed(long call, BoardStatus status, String words, Instant now, BoardSettings settings) {
        if (call != attempt) {
            return;
        }
        inFlight = false;
        if (!overdue) {
            record(status, words, now, settings);
        }
    }

    /** The call is still running past its timeout: report it, back off, and leave it running. */
    void timedOut(long call, Duration timeout, Instant now, BoardSettings settings) {
        if (call != attempt || !inFlight || overdue) {
            return;
        }
        overdue = true;
        record(BoardStatus.TIMEOUT, "no answer within " + DurationText.format(timeout), now, settings);
    }

    private void record(BoardStatus status, String words, Instant now, BoardSettings settings) {
        failure = status;
        error = words;
        failures++;
        nextAttempt = now.plus(settings.backoffAfter(failures));
    }

    BoardEntry entry(Instant now, BoardSettings settings) {
        Optional<Observation> observation = Optional.ofNullable(last);
        if (probe.isEmpty()) {
            return new BoardEntry(resource.id(), siteId, resource.kind(), observation, BoardStatus.NO_PROBE,
                    Optional.of("no probe for kind " + resource.kind()), 0, Optional.empty(), false);
        }
        BoardStatus status;
        Optional<String> words;
        if (failure != null) {
            status = failure;
            words = Optional.of(error);
        } else if (last == null) {
            status = BoardStatus.STALE;
            words = Optional.of(inFlight ? "waiting for the first answer" : "not observed yet");
        } else if (Duration.between(last.observedAt(), now).compareTo(settings.staleAfter()) > 0) {
            status = BoardStatus.STALE;
            words = Optional.of("last observed " + DurationText.format(
                    Duration.between(last.observedAt(), now).withNanos(0)) + " ago");
        } else {
            status = BoardStatus.FRESH;
            words = Optional.empty();
        }
        return new BoardEntry(resource.id(), siteId, resource.kind(), observation, status, words, failures,
                Optional.ofNullable(nextAttempt), inFlight);
    }
}
