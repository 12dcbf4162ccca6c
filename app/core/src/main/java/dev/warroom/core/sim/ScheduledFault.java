package dev.warroom.core.sim;

import dev.warroom.core.plan.model.FaultKind;
import java.time.Instant;
import java.util.Optional;

/** A fault in force from {@code from} until {@code until} (for ever if empty); {@code target} is a site or resource id. */
record ScheduledFault(FaultKind kind, String target, Instant from, Optional<Instant> until, Optional<String> value) {

    boolean activeAt(Instant time) {
        return !time.isBefore(from) && until.map(time::isBefore).orElse(true);
    }
}
