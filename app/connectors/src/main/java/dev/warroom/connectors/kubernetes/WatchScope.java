package dev.warroom.connectors.kubernetes;

/** What one informer set watches: a context, and a namespace or (null) the cluster's nodes. */
record WatchScope(KubeContext context, String namespace) {

    static WatchScope cluster(KubeContext context) {
        return new WatchScope(context, null);
    }

    static WatchScope namespace(KubeContext context, String namespace) {
        return new WatchScope(context, namespace);
    }

    boolean clusterWide() {
        return namespace == null;
    }

    String describe() {
        return clusterWide() ? context.describe() : "namespace " + namespace + " of " + context.describe();
    }
}
