package dev.warroom.connectors.lab;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits, within a bound, for something a real server does in its own time. */
public final class Eventually {

    private Eventually() {
    }

    public interface Check<T> {
        T get() throws Exception;
    }

    /** Polls until {@code condition} holds; fails with {@code what} and the last value seen after {@code within}. */
    public static <T> T await(String what, Duration within, Check<T> value, java.util.function.Predicate<T> condition) {
        long deadline = System.nanoTime() + within.toNanos();
        Object last = "nothing yet";
        while (true) {
            try {
                T v = value.get();
                if (condition.test(v)) {
                    return v;
                }
                last = v;
            } catch (Exception e) {
                last = e;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + within.toSeconds() + " s for " + what + "; last saw: " + last);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
        }
    }

    public static void await(String what, Duration within, Supplier<Boolean> condition) {
        await(what, within, condition::get, Boolean::booleanValue);
    }
}
