package dev.warroom.core.incident;

import dev.warroom.core.plan.model.Plan;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the journal's checkpoint close behind a running incident, so that a resume after a crash folds at most
 * {@link #EVERY_EVENTS} events past it. The writer only takes the fold's snapshot (immutable copies, as every
 * published state is); turning it into JSON, writing, forcing and renaming the file happen on this class's own
 * thread, so an append never waits on a checkpoint. A snapshot is taken after its event was forced to disk, so a
 * checkpoint never covers an event the journal could lose. A snapshot is written {@link #WRITE_AFTER_MILLIS} after it
 * is taken, so that the burst it came in (a resume's own work, the first prompt or frame) goes first; when writes fall
 * behind, only the newest waiting snapshot is written. A checkpoint that cannot be written costs the next resume
 * time, nothing else: it is logged.
 */
final class PeriodicCheckpoints {

    /**
     * Events between two checkpoints. Resuming folds at most this many events past the checkpoint (a small part of the
     * ~1 s that 100,000 take cold), while each checkpoint serialises the whole state on the side: a night at the
     * soak's rate (~400 events an hour) is folded in full in well under that, so the count, not the clock, decides.
     */
    static final int EVERY_EVENTS = 5_000;
    /** How long a snapshot waits before it is written: a resume that folded 5,000 events takes one at once. */
    static final long WRITE_AFTER_MILLIS = 2_000;
    private static final long IDLE_SECONDS = 5;
    private static final System.Logger LOG = System.getLogger(PeriodicCheckpoints.class.getName());

    /** A snapshot of the fold and the recorder's memory after event {@code seq}, taken on the writer. */
    record Taken(long seq, IncidentFold.Snapshot fold, StateRecorder.Recorded recorded) {
    }

    private final Plan plan;
    private final EventSink sink;
    private final ScheduledThreadPoolExecutor thread;
    private final AtomicReference<Taken> waiting = new AtomicReference<>();
    private long takenSeq;
    private volatile long writtenSeq;

    /** {@code fromSeq}: the event the checkpoint the incident resumed from folds up to (0 when none was used). */
    PeriodicCheckpoints(Plan plan, EventSink sink, long fromSeq, String name) {
        this.plan = plan;
        this.sink = sink;
        this.takenSeq = fromSeq;
        this.writtenSeq = fromSeq;
        this.thread = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, name + "-checkpoint");
            t.setDaemon(true);
            return t;
        });
        thread.setKeepAliveTime(IDLE_SECONDS, TimeUnit.SECONDS);
        thread.allowCoreThreadTimeOut(true);
    }

    /** Whether event {@code seq}, just folded, is far enough past the last snapshot to take another (writer only). */
    boolean due(long seq) {
        return seq - takenSeq >= EVERY_EVENTS;
    }

    /** Hands a snapshot taken on the writer to the checkpoint thread; returns at once. */
    void offer(Taken taken) {
        takenSeq = Math.max(takenSeq, taken.seq());
        if (waiting.getAndSet(taken) == null) {
            try {
                thread.schedule(this::writeWaiting, WRITE_AFTER_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                waiting.set(null);
            }
        }
    }

    /** Keeps {@code taken} as the one {@link #finish} writes, in place of any still waiting (writer only). */
    void keepForFinish(Taken taken) {
        takenSeq = Math.max(takenSeq, taken.seq());
        waiting.set(taken);
    }

    /** The last event a checkpoint written by this incident (or the one it resumed from) folds up to. */
    long writtenSeq() {
        return writtenSeq;
    }

    /**
     * Writes what is still waiting on the caller's thread, lets a write under way end and stops the thread; waits
     * {@code seconds} at most.
     */
    void finish(long seconds) throws InterruptedException {
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        thread.shutdown();
        writeWaiting();
        if (!thread.awaitTermination(seconds, TimeUnit.SECONDS)) {
            LOG.log(System.Logger.Level.WARNING, "a checkpoint of the journal was still being written after " + seconds + " s");
        }
    }

    private synchronized void writeWaiting() {
        Taken taken = waiting.getAndSet(null);
        if (taken == null || taken.seq() < writtenSeq) {
            return;
        }
        try {
            sink.writeCheckpoint(taken.seq(), FoldCheckpoint.write(plan, taken.fold(), taken.recorded()));
            writtenSeq = Math.max(writtenSeq, taken.seq());
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "the journal's checkpoint at event " + taken.seq()
                    + " was not written (the next resume folds from the one before): " + e.getMessage());
        }
    }
}
