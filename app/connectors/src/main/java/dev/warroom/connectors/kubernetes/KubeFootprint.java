package dev.warroom.connectors.kubernetes;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Footprint.AccountKind;
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.ProbeException;

/** What the Kubernetes probes and actions connect to: the API server of the resource's context, as that context. */
final class KubeFootprint {

    private KubeFootprint() {
    }

    static Footprint of(Targets targets, Resource resource) {
        try {
            KubeContext context = targets.context(resource);
            return Footprint.url(context.server()).withAccount(AccountKind.KUBE_CONTEXT, context.name());
        } catch (ProbeException e) {
            return Footprint.unknown(e.getMessage());
        }
    }
}
