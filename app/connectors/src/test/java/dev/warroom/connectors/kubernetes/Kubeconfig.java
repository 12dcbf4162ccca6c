package dev.warroom.connectors.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a kubeconfig with one context per API server, each with its own bearer token. */
final class Kubeconfig {

    private final Map<String, String> servers = new LinkedHashMap<>();

    Kubeconfig context(String name, String server) {
        servers.put(name, server);
        return this;
    }

    Path writeTo(Path file) {
        StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: Config\n");
        yaml.append("current-context: ").append(servers.keySet().iterator().next()).append('\n');
        yaml.append("clusters:\n");
        servers.forEach((name, server) -> yaml.append("- name: ").append(name).append("-cluster\n")
                .append("  cluster:\n    server: ").append(server).append('\n'));
        yaml.append("contexts:\n");
        servers.keySet().forEach(name -> yaml.append("- name: ").append(name).append('\n')
                .append("  context:\n    cluster: ").append(name).append("-cluster\n")
                .append("    user: ").append(name).append("-admin\n"));
        yaml.append("users:\n");
        servers.keySet().forEach(name -> yaml.append("- name: ").append(name).append("-admin\n")
                .append("  user:\n    token: ").append(token(name)).append('\n'));
        try {
            return Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String token(String context) {
        return "secret-token-of-" + context;
    }
}
