package dev.warroom.importer.commands;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What earlier commands of the same document set, as a shell running them in order would remember: the Kubernetes
 * context (from {@code az aks get-credentials}, {@code aws eks update-kubeconfig}, {@code kubectl config use-context}),
 * variables set to plain values ({@code RG=shop-dr-rg}) and the files written from here-documents
 * ({@code cat > change.json <<EOF}).
 */
final class ShellState {

    private ProposedResource cluster;
    private String context;
    private final Map<String, String> files = new HashMap<>();
    private final Map<String, String> variables = new HashMap<>();

    Optional<ProposedResource> cluster() {
        return Optional.ofNullable(cluster);
    }

    Optional<String> context() {
        return Optional.ofNullable(context);
    }

    /** The cluster later kubectl commands act on; {@code context} empty when its context name is not known. */
    void useCluster(ProposedResource newCluster, Optional<String> newContext) {
        cluster = newCluster;
        context = newContext.orElse(null);
    }

    void forgetCluster() {
        cluster = null;
        context = null;
    }

    /** A variable the script sets; one set to a placeholder or a command's output is unknown again. */
    void assign(String name, String value) {
        if (Placeholder.in(value)) {
            variables.remove(name);
        } else {
            variables.put(name, value);
        }
    }

    Map<String, String> variables() {
        return variables;
    }

    void wrote(String path, String content) {
        files.put(normalised(path), content);
    }

    Optional<String> file(String path) {
        return Optional.ofNullable(files.get(normalised(path)));
    }

    private static String normalised(String path) {
        String p = path.startsWith("file://") ? path.substring("file://".length()) : path;
        return p.startsWith("./") ? p.substring(2) : p;
    }
}
