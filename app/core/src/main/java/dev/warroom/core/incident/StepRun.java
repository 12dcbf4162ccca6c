package dev.warroom.core.incident;

import java.time.Instant;
import java.util.Optional;

/** A step of a running procedure as the journal says it went. */
public record StepRun(String stepId, StepStatus status, Optional<String> confirmedBy, Optional<Instant> startedAt,
        Optional<Instant> finishedAt, String detail, int attempts, Optional<Evidence> evidence) {

    static StepRun pending(String stepId) {
        return new StepRun(stepId, StepStatus.PENDING, Optional.empty(), Optional.empty(), Optional.empty(), "", 0, Optional.empty());
    }

    /** A step that succeeded with nothing saying how (an older journal, or not checked) was not verified. */
    public boolean unverified() {
        return status == StepStatus.SUCCEEDED && evidence.map(e -> e.how() == Established.UNVERIFIED).orElse(true);
    }

    StepRun with(StepStatus next, String why) {
        boolean needsConfirmation = next == StepStatus.PENDING || next == StepStatus.PROPOSED;
        return new StepRun(stepId, next, needsConfirmation ? Optional.empty() : confirmedBy, startedAt, finishedAt,
                why == null ? detail : why, attempts, evidence);
    }

    StepRun confirmed(String by) {
        return new StepRun(stepId, StepStatus.CONFIRMED, Optional.of(by), startedAt, finishedAt, detail, attempts, evidence);
    }

    StepRun started(Instant at) {
        return new StepRun(stepId, StepStatus.RUNNING, confirmedBy, Optional.of(at), Optional.empty(), "", attempts + 1, Optional.empty());
    }

    StepRun finished(StepStatus outcome, Instant at, String why) {
        return new StepRun(stepId, outcome, confirmedBy, startedAt, Optional.of(at), why, attempts, Optional.empty());
    }

    StepRun finished(StepStatus outcome, Instant at, String why, Optional<Evidence> how) {
        return new StepRun(stepId, outcome, confirmedBy, startedAt, Optional.of(at), why, attempts, how);
    }
}
