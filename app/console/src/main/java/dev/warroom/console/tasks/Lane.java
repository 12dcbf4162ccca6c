package dev.warroom.console.tasks;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * A serial queue of background work on {@link Background}'s shared workers: one piece at a time, in the
 * order handed over, on a thread named after the lane while it runs. Once closed it takes no more work
 * ({@link RejectedExecutionException}); what was handed over before still runs.
 */
public final class Lane implements Executor {

    private static final System.Logger LOG = System.getLogger(Lane.class.getName());

    private final String name;
    private final Executor workers;
    private final Queue<Runnable> queue = new ArrayDeque<>();
    private boolean draining;
    private boolean closed;

    Lane(String name, Executor workers) {
        this.name = name;
        this.workers = workers;
    }

    public String name() {
        return name;
    }

    @Override
    public void execute(Runnable work) {
        synchronized (queue) {
            if (closed) {
                throw new RejectedExecutionException("lane " + name + " is closed");
            }
            queue.add(work);
            if (draining) {
                return;
            }
            draining = true;
        }
        try {
            workers.execute(this::drain);
        } catch (RejectedExecutionException shutDown) {
            synchronized (queue) {
                queue.clear();
                draining = false;
                closed = true;
            }
            throw shutDown;
        }
    }

    /** Hands {@code work} over; the future completes when it has run (exceptionally if it threw or the lane is closed). */
    public CompletableFuture<Void> run(Runnable work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            execute(() -> {
                try {
                    work.run();
                    done.complete(null);
                } catch (RuntimeException | Error e) {
                    done.completeExceptionally(e);
                    throw e;
                }
            });
        } catch (RejectedExecutionException closing) {
            done.completeExceptionally(closing);
        }
        return done;
    }

    /** Takes no more work; what was handed over before still runs. */
    public void close() {
        synchronized (queue) {
            closed = true;
        }
    }

    private void drain() {
        Thread thread = Thread.currentThread();
        String before = thread.getName();
        thread.setName("warroom-" + name);
        try {
            while (true) {
                Runnable next;
                synchronized (queue) {
                    next = queue.poll();
                    if (next == null) {
                        draining = false;
                        return;
                    }
                }
                try {
                    next.run();
                } catch (RuntimeException | Error e) {
                    LOG.log(System.Logger.Level.WARNING, "background work on lane " + name + " failed", e);
                }
            }
        } finally {
            thread.setName(before);
        }
    }
}
