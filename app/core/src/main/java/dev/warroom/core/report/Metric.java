package dev.warroom.core.report;

import java.time.Duration;
import java.util.Optional;

/** A measured duration against its target. Absent actual: not measured (the incident did not get there). */
public record Metric(String name, Optional<Duration> target, Optional<Duration> actual) {

    public enum Verdict { MET, MISSED, NOT_MEASURED, NO_TARGET }

    public Verdict verdict() {
        if (actual.isEmpty()) {
            return Verdict.NOT_MEASURED;
        }
        if (target.isEmpty()) {
            return Verdict.NO_TARGET;
        }
        return actual.get().compareTo(target.get()) <= 0 ? Verdict.MET : Verdict.MISSED;
    }
}
