package dev.warroom.core.report;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentStatus;
import dev.warroom.core.incident.RecoveryPhases;
import java.util.Optional;

/**
 * Why the journal holds no RPO, in the report's words. The RPO is the replica's lag at the moment a promotion
 * (a {@code database.promote} step) started: without such a step there is no moment at which to measure the data at
 * risk, and a promotion that started without a lag reading measured nothing. A promotion done by hand (a manual step)
 * journals no lag either.
 */
final class RpoNotMeasured {

    private RpoNotMeasured() {
    }

    /** The reason, or empty when the RPO was measured. */
    static Optional<String> why(ReportContext c) {
        if (c.measured.rpo().actual().isPresent()) {
            return Optional.empty();
        }
        Optional<IncidentEvent> promotion = c.events.stream()
                .filter(e -> EventTypes.STEP_STARTED.equals(e.type()) && RecoveryPhases.measuresRpo(e.text("kind"))).findFirst();
        if (promotion.isPresent()) {
            return Optional.of(c.words.get("rpo.why.no-lag", c.text.of(promotion.get().text("step")), c.since(promotion.get().time())));
        }
        IncidentStatus status = c.state.status();
        String key = status == IncidentStatus.ABORTED ? "rpo.why.aborted" : status.isOver() ? "rpo.why.no-promotion" : "rpo.why.not-yet";
        return Optional.of(c.words.get(key, RecoveryPhases.promotionKinds()));
    }
}
