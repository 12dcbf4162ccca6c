package dev.warroom.core.incident;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one writer of an incident. Every event is journalled and folded on its thread, and every
 * command runs there in the order it was sent, so a check and the event it leads to are never split
 * by another command. A long command (running a step, rolling back, verifying an unknown outcome,
 * waiting out a wait node) is taken in turn by the writer and then carried out on the step worker,
 * which sends each event it records back to the writer: notes and ticks go through while a step
 * waits minutes for its outcome.
 */
public final class IncidentWriter implements AutoCloseable {

    private static final long IDLE_SECONDS = 5;

    private final ThreadPoolExecutor writer;
    private final ThreadPoolExecutor steps;
    private final ThreadPoolExecutor completions;
    private volatile boolean closed;

    IncidentWriter(String name) {
        this.writer = pool(name + "-writer", this);
        this.steps = pool(name + "-steps", null);
        this.completions = pool(name + "-outcomes", null);
    }

    private static ThreadPoolExecutor pool(String name, IncidentWriter owner) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = owner == null ? new Thread(r, name) : new WriterThread(r, name, owner);
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static final class WriterThread extends Thread {
        private final IncidentWriter owner;

        WriterThread(Runnable r, String name, IncidentWriter owner) {
            super(r, name);
            this.owner = owner;
        }
    }

    /** True on this incident's writer thread. */
    public boolean onWriter() {
        return Thread.currentThread() instanceof WriterThread w && w.owner == this;
    }

    /** A command the writer carries out on its own thread, after every command sent before it. */
    public <T> WriterCommand<T> submit(Callable<T> command) {
        WriterCommand<T> outcome = new WriterCommand<>();
        enqueue(outcome, () -> {
            if (outcome.take()) {
                complete(outcome, command);
            }
        });
        return outcome;
    }

    /**
     * A long command: taken in turn by the writer (until then it can be withdrawn), then carried out on
     * the step worker, whose recorded events come back through the writer.
     */
    public <T> WriterCommand<T> submitLong(Callable<T> command) {
        WriterCommand<T> outcome = new WriterCommand<>();
        enqueue(outcome, () -> {
            if (outcome.take()) {
                try {
                    steps.execute(() -> complete(outcome, command));
                } catch (RejectedExecutionException e) {
                    fail(outcome, closedWords());
                }
            }
        });
        return outcome;
    }

    private void enqueue(WriterCommand<?> outcome, Runnable task) {
        try {
            writer.execute(new Queued(outcome, task));
        } catch (RejectedExecutionException e) {
            fail(outcome, closedWords());
        }
    }

    /** A queued command, so that closing can tell its caller it was never carried out. */
    private record Queued(WriterCommand<?> outcome, Runnable task) implements Runnable {
        @Override
        public void run() {
            task.run();
        }
    }

    private <T> void complete(WriterCommand<T> outcome, Callable<T> command) {
        T value;
        try {
            value = command.call();
        } catch (Exception | Error e) {
            Throwable why = e;
            settle(() -> outcome.completeExceptionally(why));
            return;
        }
        settle(() -> outcome.complete(value));
    }

    /** Callers' continuations run on the outcome thread, never on the writer or the step worker. */
    private void settle(Runnable completion) {
        try {
            completions.execute(completion);
        } catch (RejectedExecutionException e) {
            completion.run();
        }
    }

    private void fail(WriterCommand<?> outcome, String words) {
        outcome.completeExceptionally(new IncidentStateException(words));
    }

    /**
     * Runs {@code work} on the writer and waits for it: at once when already on the writer, else after
     * the commands sent before it. An interrupt does not abandon the work (it may already be journalled).
     */
    <T> T call(Callable<T> work) throws IOException {
        if (onWriter()) {
            return callHere(work);
        }
        if (closed) {
            throw new IncidentStateException(closedWords());
        }
        FutureTask<T> task = new FutureTask<>(() -> callHere(work));
        try {
            writer.execute(task);
        } catch (RejectedExecutionException e) {
            throw new IncidentStateException(closedWords());
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IOException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static <T> T callHere(Callable<T> work) throws IOException {
        try {
            return work.call();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** Whether {@link #close} was called: nothing more is taken. */
    public boolean isClosed() {
        return closed;
    }

    private static String closedWords() {
        return "the incident is closed: nothing more can be recorded in it";
    }

    /**
     * Stops taking commands. Commands not taken yet are told the incident closed; a running step is
     * interrupted (a resume finds its outcome unknown, as after a crash).
     */
    @Override
    public void close() {
        closed = true;
        // never interrupt the writer: an interrupt during the journal's fsync would close its file
        List<Runnable> waiting = new ArrayList<>();
        writer.getQueue().drainTo(waiting);
        writer.shutdown();
        for (Runnable r : waiting) {
            if (r instanceof Queued q && q.outcome().take()) {
                fail(q.outcome(), "the incident closed before this was carried out");
            } else if (r instanceof FutureTask<?> f) {
                f.cancel(false);
            }
        }
        steps.shutdownNow();
        completions.shutdown();
        awaitQuietly(writer);
        awaitQuietly(steps);
    }

    private static void awaitQuietly(ThreadPoolExecutor pool) {
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
