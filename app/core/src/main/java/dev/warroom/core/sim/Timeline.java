package dev.warroom.core.sim;

import java.time.Instant;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A value as a step function of incident time: "at T, X becomes Y". Reading at a time applies every
 * change scheduled up to it. Not thread-safe on its own: {@link SimState}'s lock guards it.
 */
final class Timeline<T> {

    private final T initial;
    private final NavigableMap<Instant, T> changes = new TreeMap<>();

    Timeline(T initial) {
        this.initial = initial;
    }

    T at(Instant time) {
        Map.Entry<Instant, T> change = changes.floorEntry(time);
        return change == null ? initial : change.getValue();
    }

    /** The first change scheduled after {@code time}, if any. */
    Optional<Instant> nextChangeAfter(Instant time) {
        return Optional.ofNullable(changes.higherKey(time));
    }

    /** Schedules a change and drops whatever was planned after it (a newer plan replaces an older one). */
    void replaceFrom(Instant time, T value) {
        changes.tailMap(time, true).clear();
        changes.put(time, value);
    }

    /** Schedules one more change, keeping the others. */
    void add(Instant time, T value) {
        changes.put(time, value);
    }
}
