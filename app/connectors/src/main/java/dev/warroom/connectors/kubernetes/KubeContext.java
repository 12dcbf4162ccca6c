package dev.warroom.connectors.kubernetes;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One context of a kubeconfig file: which file, the context's name, its API server and user, and the
 * namespace it defaults to. Read locally; no network.
 */
record KubeContext(Path kubeconfig, String name, String server, String user, Optional<String> namespace) {

    /** "context dr (https://10.0.0.1:6443)", for messages. */
    String describe() {
        return "context " + name + " (" + server + ")";
    }
}
