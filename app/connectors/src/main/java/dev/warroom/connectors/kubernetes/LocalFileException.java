package dev.warroom.connectors.kubernetes;

/** A file the connector reads (a kubeconfig, a manifest) is missing, unreadable, or lacks what the plan names. */
final class LocalFileException extends Exception {

    private static final long serialVersionUID = 1L;

    LocalFileException(String message) {
        super(message);
    }
}
