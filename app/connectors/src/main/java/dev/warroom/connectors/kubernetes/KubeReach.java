package dev.warroom.connectors.kubernetes;

import dev.warroom.connectors.Reaches;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.Reach;

/**
 * What a Kubernetes action touches: the API server of the target's context. A context on this
 * machine's loopback is a drill environment; anything else, or a context that cannot be read, is live.
 */
final class KubeReach {

    private KubeReach() {
    }

    static Reach of(Targets targets, ActionRequest request) {
        if (request.target().isEmpty()) {
            return Reach.LIVE;
        }
        try {
            return Reaches.forUrl(targets.context(request.target().get()).server());
        } catch (ProbeException e) {
            return Reach.LIVE;
        }
    }
}
