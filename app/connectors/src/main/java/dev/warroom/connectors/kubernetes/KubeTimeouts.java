package dev.warroom.connectors.kubernetes;

import java.time.Duration;

/**
 * How long the connector waits on an API server: to connect, for one request, and for an informer's
 * first list before a probe gives up on it (shorter than the board's per-probe timeout).
 */
record KubeTimeouts(Duration connect, Duration request, Duration firstSync) {

    static KubeTimeouts defaults() {
        return new KubeTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofSeconds(4));
    }
}
