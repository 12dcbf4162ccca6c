package dev.warroom.core.incident;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The outcome of one command sent to an incident's {@link IncidentWriter}. Cancelling it withdraws the
 * command only while the writer has not taken it yet; once taken, the command is carried through whatever
 * the caller does, {@link #cancel} answers {@code false}, and the outcome still arrives as events.
 */
public final class WriterCommand<T> extends CompletableFuture<T> {

    private enum Stage { QUEUED, TAKEN, WITHDRAWN }

    private final AtomicReference<Stage> stage = new AtomicReference<>(Stage.QUEUED);

    /** Called by the writer: true if the command is still wanted (and from now on cannot be withdrawn). */
    boolean take() {
        return stage.compareAndSet(Stage.QUEUED, Stage.TAKEN);
    }

    /** True once the writer has taken the command: it is carried through whatever its caller does. */
    public boolean taken() {
        return stage.get() == Stage.TAKEN;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        if (stage.compareAndSet(Stage.QUEUED, Stage.WITHDRAWN)) {
            return super.cancel(false);
        }
        return stage.get() == Stage.WITHDRAWN;
    }
}
