package dev.warroom.connectors.kubernetes;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.core.plan.model.Resource;
import io.fabric8.kubernetes.api.model.Config;
import io.fabric8.kubernetes.api.model.NamedCluster;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the kubeconfig context a resource names, reading files only: the resource's
 * {@code observe.kubeconfig}, else each file of {@code KUBECONFIG}, else {@code ~/.kube/config}. The
 * context is {@code observe.context}; an AKS or EKS cluster without one is matched by its cluster
 * name, as {@code az aks get-credentials} and {@code aws eks update-kubeconfig} name their contexts.
 */
final class Kubeconfigs {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private final ConnectorSettings settings;
    private final LocalPaths paths;

    Kubeconfigs(ConnectorSettings settings) {
        this.settings = settings;
        this.paths = new LocalPaths(settings);
    }

    KubeContext contextFor(Resource resource) throws LocalFileException {
        List<Path> files = filesFor(resource);
        List<Path> present = files.stream().filter(Files::isRegularFile).toList();
        if (present.isEmpty()) {
            throw new LocalFileException("no kubeconfig at " + joined(files)
                    + " (set KUBECONFIG, or observe.kubeconfig on resource '" + resource.id() + "')");
        }
        String explicit = resource.observe().get("context");
        boolean byClusterName = explicit == null || explicit.isBlank();
        String wanted = byClusterName ? resource.observe().getOrDefault("name", resource.id()).strip() : explicit.strip();
        List<String> seen = new ArrayList<>();
        for (Path file : present) {
            Config config = parse(file);
            Optional<NamedContext> match = find(config, wanted, byClusterName);
            if (match.isPresent()) {
                return toContext(file, config, match.get());
            }
            contexts(config).forEach(c -> seen.add(c.getName()));
        }
        throw new LocalFileException("no context '" + wanted + "' in kubeconfig " + joined(present)
                + " (contexts there: " + (seen.isEmpty() ? "none" : String.join(", ", seen)) + ")" + hint(resource));
    }

    /** The context kubectl would use now, for saying who the connector acts as. */
    Optional<KubeContext> currentContext() {
        for (Path file : defaultFiles()) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                Config config = parse(file);
                Optional<NamedContext> current = contexts(config).stream()
                        .filter(c -> c.getName() != null && c.getName().equals(config.getCurrentContext())).findFirst();
                if (current.isPresent()) {
                    return Optional.of(toContext(file, config, current.get()));
                }
            } catch (LocalFileException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Where contexts are looked up for resources that name no kubeconfig of their own. */
    List<Path> defaultFiles() {
        Optional<String> fromSettings = settings.get("KUBECONFIG");
        if (fromSettings.isPresent()) {
            List<Path> out = new ArrayList<>();
            for (String entry : fromSettings.get().split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    out.add(paths.resolve(entry));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of(Path.of(System.getProperty("user.home"), ".kube", "config"));
    }

    private List<Path> filesFor(Resource resource) {
        String own = resource.observe().get("kubeconfig");
        return own == null || own.isBlank() ? defaultFiles() : List.of(paths.resolve(own));
    }

    private static Optional<NamedContext> find(Config config, String wanted, boolean byClusterName) {
        Optional<NamedContext> exact = contexts(config).stream().filter(c -> wanted.equals(c.getName())).findFirst();
        if (exact.isPresent() || !byClusterName) {
            return exact;
        }
        List<NamedContext> byCluster = contexts(config).stream()
                .filter(c -> (c.getName() != null && c.getName().endsWith("/" + wanted))
                        || (c.getContext() != null && wanted.equals(c.getContext().getCluster())))
                .toList();
        return byCluster.size() == 1 ? Optional.of(byCluster.get(0)) : Optional.empty();
    }

    private static KubeContext toContext(Path file, Config config, NamedContext named) {
        String clusterName = named.getContext() == null ? null : named.getContext().getCluster();
        String server = clusters(config).stream()
                .filter(c -> c.getName() != null && c.getName().equals(clusterName))
                .map(NamedCluster::getCluster)
                .filter(c -> c != null && c.getServer() != null)
                .map(c -> c.getServer())
                .findFirst().orElse("");
        String user = named.getContext() == null || named.getContext().getUser() == null ? "" : named.getContext().getUser();
        Optional<String> namespace = Optional.ofNullable(named.getContext()).map(c -> c.getNamespace()).filter(ns -> !ns.isBlank());
        return new KubeContext(file, named.getName(), server, user, namespace);
    }

    private static Config parse(Path file) throws LocalFileException {
        Config config;
        try (InputStream in = Files.newInputStream(file)) {
            config = SERIALIZATION.unmarshal(in, Config.class);
        } catch (IOException | RuntimeException e) {
            throw new LocalFileException("kubeconfig " + file + " cannot be read: " + firstLine(e.getMessage()));
        }
        if (config == null) {
            throw new LocalFileException("kubeconfig " + file + " is empty");
        }
        return config;
    }

    private static List<NamedContext> contexts(Config config) {
        return config.getContexts() == null ? List.of() : config.getContexts();
    }

    private static List<NamedCluster> clusters(Config config) {
        return config.getClusters() == null ? List.of() : config.getClusters();
    }

    private static String hint(Resource resource) {
        return switch (resource.kind()) {
            case "aks-cluster" -> "; az aks get-credentials adds an AKS cluster's context";
            case "eks-cluster" -> "; aws eks update-kubeconfig adds an EKS cluster's context";
            default -> "";
        };
    }

    private static String joined(List<Path> files) {
        return files.stream().map(Path::toString).collect(Collectors.joining(", "));
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
