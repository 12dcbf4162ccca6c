package dev.warroom.core.sim;

import dev.warroom.core.plan.model.Resource;

/** How to reach a cluster's kube context, from its observe keys. */
final class KubeTargets {

    private KubeTargets() {
    }

    static String context(Resource cluster) {
        return Calls.observed(cluster, "context", Calls.observed(cluster, "name", cluster.id()));
    }

    /** The command that makes the cluster's context available and current. */
    static String useContext(Resource cluster) {
        String context = cluster.observe().get("context");
        if (context != null && !context.isBlank()) {
            return "kubectl config use-context " + Calls.quoted(context);
        }
        return switch (cluster.kind()) {
            case "aks-cluster" -> "az aks get-credentials" + Calls.azureScope(cluster) + Calls.flag("--name", Calls.observed(cluster, "name", cluster.id()));
            case "eks-cluster" -> "aws eks update-kubeconfig" + Calls.flag("--name", Calls.observed(cluster, "name", cluster.id())) + Calls.awsScope(cluster);
            default -> "kubectl config use-context " + Calls.quoted(context(cluster));
        };
    }
}
