package dev.warroom.connectors.kubernetes;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;

/** Reads what a plan's Kubernetes resource points at: its context, namespace and name. */
final class Targets {

    private final Kubeconfigs kubeconfigs;

    Targets(Kubeconfigs kubeconfigs) {
        this.kubeconfigs = kubeconfigs;
    }

    /** The resource an action aims at; the world routes Kubernetes actions here only when there is one. */
    static Resource of(ActionRequest request) {
        return request.target().orElseThrow(() -> new IllegalArgumentException(request.kind() + " needs a target resource"));
    }

    KubeContext context(Resource resource) throws ProbeException {
        try {
            return kubeconfigs.contextFor(resource);
        } catch (LocalFileException e) {
            throw new ProbeException(ProbeFailure.ERROR, e.getMessage());
        }
    }

    /** The deployment's namespace: the plan's, else the context's default, else "default" as kubectl does. */
    static String namespace(Resource deployment, KubeContext context) {
        String ns = deployment.observe().get("namespace");
        return ns != null && !ns.isBlank() ? ns.strip() : context.namespace().orElse("default");
    }

    static String name(Resource deployment) throws ProbeException {
        String name = deployment.observe().get("name");
        if (name == null || name.isBlank()) {
            throw new ProbeException(ProbeFailure.ERROR, "resource '" + deployment.id() + "' has no observe.name naming its deployment");
        }
        return name.strip();
    }
}
