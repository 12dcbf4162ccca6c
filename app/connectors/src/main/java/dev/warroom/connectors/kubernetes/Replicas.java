package dev.warroom.connectors.kubernetes;

import io.fabric8.kubernetes.api.model.apps.Deployment;

/** A deployment's ready and desired replica counts, written "ready/desired" as the board shows them. */
record Replicas(int ready, int desired) {

    static Replicas of(Deployment deployment) {
        Integer desired = deployment.getSpec() == null ? null : deployment.getSpec().getReplicas();
        Integer ready = deployment.getStatus() == null ? null : deployment.getStatus().getReadyReplicas();
        // Kubernetes defaults an unset replica count to one.
        return new Replicas(ready == null ? 0 : ready, desired == null ? 1 : desired);
    }

    String words() {
        return ready + "/" + desired;
    }
}
