package dev.warroom.console.tasks;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The console's one background helper: every piece of work that must not run on the FX thread goes
 * through it, and results come back through {@link #fx()}. Each screen takes its own {@link Lane}s
 * (serial queues on one shared pool of worker threads), so a call that hangs holds up its own lane
 * only: a hung open on the start screen never blocks a room, nor a hung engine call the start screen.
 * The state board polls on {@link #polling()}; {@link #patiently} bounds how long a caller waits for a
 * lane's work without stopping it; {@link #finish} runs closing work that the JVM waits for, up to a limit.
 * Nothing else in the console starts a thread or an executor.
 */
public final class Background {

    /** How long the war room waits for an engine command before it says so and lets the commander go on. */
    public static final Duration PATIENCE = Duration.ofSeconds(20);
    /** How long, at most, the JVM waits on exit for closing work (chat's last try, the journal, the connectors). */
    public static final Duration CLOSING_LIMIT = Duration.ofSeconds(30);

    private static final System.Logger LOG = System.getLogger(Background.class.getName());

    private final Executor fx;
    private final Duration patience;
    private final ExecutorService workers = Executors.newCachedThreadPool(threads("warroom-worker", true));
    private final ScheduledExecutorService timer = scheduler("warroom-timer");
    private final ScheduledExecutorService polling = scheduler("warroom-board-polling");
    private final ThreadFactory keepers = threads("warroom-closing", false);

    /** @param fx runs results on the FX thread ({@code Platform::runLater} in the console) */
    public Background(Executor fx) {
        this(fx, PATIENCE);
    }

    /** @param patience how long {@link #patiently} waits before it gives up waiting (tests make it short) */
    public Background(Executor fx, Duration patience) {
        this.fx = fx;
        this.patience = patience;
    }

    /** Runs results on the FX thread. */
    public Executor fx() {
        return fx;
    }

    /** A new serial queue on the shared workers, named for thread dumps: its work runs one piece at a time, in order. */
    public Lane lane(String name) {
        return new Lane(name, workers);
    }

    /** Where state boards schedule their polling; a board's {@code close()} cancels its own. */
    public ScheduledExecutorService polling() {
        return polling;
    }

    public Duration patience() {
        return patience;
    }

    /**
     * {@code work}'s outcome, or a {@link TimeoutException} once {@link #patience()} has passed without one.
     * Giving up waiting does not stop {@code work}: it goes on, and its own results still arrive.
     */
    public <T> CompletableFuture<T> patiently(CompletableFuture<T> work) {
        CompletableFuture<T> waited = new CompletableFuture<>();
        ScheduledFuture<?> giveUp;
        try {
            giveUp = timer.schedule(() -> waited.completeExceptionally(new TimeoutException("no answer within "
                    + patience.toSeconds() + " s")), patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shutDown) {
            return work;
        }
        work.whenComplete((value, failure) -> {
            giveUp.cancel(false);
            if (failure == null) {
                waited.complete(value);
            } else {
                waited.completeExceptionally(failure);
            }
        });
        return waited;
    }

    /**
     * Runs closing work off the FX thread; the JVM does not exit before it is done, or before
     * {@link #CLOSING_LIMIT} has passed if it hangs. Returns at once.
     */
    public CompletableFuture<Void> finish(String what, Runnable closing) {
        CompletableFuture<Void> done = CompletableFuture.runAsync(closing, workers);
        keepers.newThread(() -> {
            try {
                done.get(CLOSING_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                LOG.log(System.Logger.Level.WARNING, what + " did not finish within " + CLOSING_LIMIT.toSeconds() + " s; exiting without it");
            } catch (ExecutionException e) {
                LOG.log(System.Logger.Level.WARNING, what + " failed: " + e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).start();
        return done;
    }

    /**
     * The console is closing: polling and waiting stop. Workers stay for closing work (an incident whose
     * opening was under way, say); idle ones end by themselves, and none keeps the JVM alive.
     */
    public void shutdown() {
        polling.shutdownNow();
        timer.shutdownNow();
    }

    /** One daemon thread; cancelled tasks leave its queue at once, so nothing they hold outlives them. */
    private static ScheduledExecutorService scheduler(String name) {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, threads(name, true));
        scheduler.setRemoveOnCancelPolicy(true);
        return scheduler;
    }

    private static ThreadFactory threads(String name, boolean daemon) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(daemon);
            return thread;
        };
    }
}
