package dev.warroom.connectors.kubernetes;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/** Waits, bounded, for something the cluster does asynchronously (an informer event) to show. */
final class Eventually {

    interface Attempt<T> {
        T get() throws Exception;
    }

    private Eventually() {
    }

    /** Repeats {@code attempt} until {@code done} accepts its answer; fails with the last answer after {@code limit}. */
    static <T> T await(Duration limit, Attempt<T> attempt, Predicate<T> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        Object last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                T value = attempt.get();
                if (done.test(value)) {
                    return value;
                }
                last = value;
            } catch (Exception e) {
                last = e;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("condition not reached within " + limit + "; last saw: " + last);
    }
}
