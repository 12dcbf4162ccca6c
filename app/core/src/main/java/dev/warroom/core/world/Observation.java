package dev.warroom.core.world;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a probe saw of one resource at {@code observedAt}. {@code attributes} carry kind-specific
 * facts in words a commander reads (e.g. {@code replicas: 3/5}, {@code target: 20.1.2.3}, {@code ttl: 60s},
 * {@code status: 200}, {@code timeline: 2}). Immutable.
 */
public record Observation(
        String resourceId,
        Health health,
        ReplicationRole role,
        Optional<Duration> lag,
        Map<String, String> attributes,
        Instant observedAt) {

    public Observation {
        attributes = Map.copyOf(attributes);
    }

    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }
}
