package dev.warroom.core.sim;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Seeded randomness addressed by a key instead of drawn in sequence: the same seed and key always
 * give the same number, whatever order threads ask in. That is what keeps the simulated world
 * reproducible while the state board polls it concurrently. Immutable.
 */
final class SimRandom {

    private final long seed;

    SimRandom(long seed) {
        this.seed = seed;
    }

    /** A number in [0, 1) fixed by the seed and the key. */
    double unit(String key) {
        long bits = mix(seed ^ fnv(key));
        return (bits >>> 11) * 0x1.0p-53;
    }

    /** A duration in [min, max], millisecond resolution, fixed by the seed and the key. */
    Duration between(String key, Duration min, Duration max) {
        long span = max.toMillis() - min.toMillis();
        return min.plusMillis(Math.round(unit(key) * span));
    }

    private static long fnv(String key) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** SplitMix64's finaliser: spreads nearby inputs over the whole range. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
