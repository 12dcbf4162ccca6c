package dev.warroom.connectors.aws;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the probes last saw of a resource, so a preview can name the exact call without touching the
 * network (the replica it would promote, the record value it would replace). Thread-safe.
 */
final class Sightings<T> {

    record Seen<T>(T value, Instant at) {
    }

    private final Map<String, Seen<T>> last = new ConcurrentHashMap<>();

    void put(String key, T value, Instant at) {
        last.put(key, new Seen<>(value, at));
    }

    Optional<Seen<T>> get(String key) {
        return Optional.ofNullable(last.get(key));
    }
}
