package dev.warroom.console.room.model;

import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.IncidentStatus;

/**
 * Keeps a reassess node's rounds going while the incident stands at one: the engine's reassess command is
 * started once for each visit of such a node (when the room opens on one, or resumes there, or the path enters
 * one). The engine decides when rounds fall due and how the node is left; this only keeps that command running.
 */
final class ReassessKeeper {

    private final Runnable start;
    private String started = "";

    ReassessKeeper(Runnable start) {
        this.start = start;
    }

    /** Called on the FX thread with each new state. */
    void seen(IncidentState state) {
        if (state.status() != IncidentStatus.DECIDING || state.reassess().filter(r -> r.exit().isEmpty()).isEmpty()) {
            return;
        }
        String visit = state.reassess().get().node() + "@" + state.path().size();
        if (!visit.equals(started)) {
            started = visit;
            start.run();
        }
    }
}
