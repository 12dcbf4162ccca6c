package dev.warroom.core.board;

import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Site;
import dev.warroom.core.time.IncidentClock;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The live state board: polls every resource's probe concurrently, each call with its own timeout
 * (real time) and exponential back-off after failures (incident time), and publishes immutable
 * {@link BoardSnapshot}s. A slow or hung probe never delays the others: a refresh waits for no call
 * beyond its timeout, and a call still running from an earlier refresh is not started again.
 * Listeners hear of each new snapshot on the board's own listener thread, never on the caller's.
 * Thread-safe.
 */
public final class StateBoard implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(StateBoard.class.getName());

    private final IncidentClock clock;
    private final World world;
    private final BoardSettings settings;
    private final List<ProbeSlot> slots = new ArrayList<>();
    private final Object lock = new Object();
    private final ExecutorService probes;
    private final ExecutorService notifier = ProbeThreads.listenerThread();
    private final List<Consumer<BoardSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<BoardSnapshot> latest = new AtomicReference<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private ScheduledFuture<?> polling;

    public StateBoard(Plan plan, World world, IncidentClock clock) {
        this(plan, world, clock, BoardSettings.defaults());
    }

    public StateBoard(Plan plan, World world, IncidentClock clock, BoardSettings settings) {
        this.clock = clock;
        this.world = world;
        this.settings = settings;
        this.probes = ProbeThreads.probePool(settings.maxConcurrentProbes());
        for (Site site : plan.sites()) {
            for (Resource resource : site.resources()) {
                slots.add(new ProbeSlot(resource, site.id(), world.probeFor(resource.kind())));
            }
        }
        latest.set(snapshot());
    }

    /** When the world may next change on its own after {@code time}; see {@link World#nextScheduledChange}. */
    public Optional<Instant> nextScheduledChange(Instant time) {
        return world.nextScheduledChange(time);
    }

    /** The most recent snapshot; before the first refresh, every probed entry is "not observed yet". */
    public BoardSnapshot latest() {
        return latest.get();
    }

    public BoardSettings settings() {
        return settings;
    }

    public void addListener(Consumer<BoardSnapshot> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<BoardSnapshot> listener) {
        listeners.remove(listener);
    }

    /**
     * Polls every due probe at once and waits for each up to its own timeout, then publishes and
     * returns the new snapshot. If the calling thread is interrupted, it stops waiting, publishes what
     * it has, and keeps the interrupt flag set.
     */
    public BoardSnapshot refresh() {
        for (Running running : startDueProbes()) {
            awaitOrTimeOut(running);
        }
        BoardSnapshot snapshot = snapshot();
        publish(snapshot);
        return snapshot;
    }

    /** Refreshes every {@code interval} on {@code scheduler} (which the caller owns) until {@link #close()}. */
    public void start(Duration interval, ScheduledExecutorService scheduler) {
        synchronized (lock) {
            if (polling != null) {
                throw new IllegalStateException("the board is already polling");
            }
            polling = scheduler.scheduleWithFixedDelay(this::refreshSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Stops polling and releases the board's threads; probe calls still running are interrupted. */
    @Override
    public void close() {
        synchronized (lock) {
            if (polling != null) {
                polling.cancel(false);
            }
        }
        probes.shutdownNow();
        notifier.shutdown();
    }

    private List<Running> startDueProbes() {
        Instant now = clock.now();
        List<Call> calls = new ArrayList<>();
        synchronized (lock) {
            for (ProbeSlot slot : slots) {
                if (slot.due(now)) {
                    calls.add(new Call(slot, slot.start(), settings.timeoutFor(slot.resource.kind())));
                }
            }
        }
        List<Running> running = new ArrayList<>(calls.size());
        for (Call call : calls) {
            long deadline = System.nanoTime() + call.timeout().toNanos();
            try {
                running.add(new Running(call, probes.submit(() -> observe(call)), deadline));
            } catch (RejectedExecutionException e) {
                synchronized (lock) {
                    call.slot().failed(call.number(), BoardStatus.ERROR, "the board is closed", clock.now(), settings);
                }
            }
        }
        return running;
    }

    private void observe(Call call) {
        ProbeSlot slot = call.slot();
        try {
            Observation observation = slot.probe.orElseThrow().observe(slot.resource);
            synchronized (lock) {
                slot.succeeded(call.number(), observation);
            }
        } catch (ProbeException e) {
            synchronized (lock) {
                slot.failed(call.number(), BoardStatus.of(e.failure()), e.getMessage(), clock.now(), settings);
            }
        } catch (RuntimeException e) {
            synchronized (lock) {
                slot.failed(call.number(), BoardStatus.ERROR, "the probe failed: " + e, clock.now(), settings);
            }
        }
    }

    private void awaitOrTimeOut(Running running) {
        Call call = running.call();
        long remaining = running.deadlineNanos() - System.nanoTime();
        try {
            running.future().get(Math.max(0, remaining), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            synchronized (lock) {
                call.slot().timedOut(call.number(), call.timeout(), clock.now(), settings);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "probe task for " + call.slot().resource.id() + " failed", e.getCause());
        } catch (CancellationException e) {
            LOG.log(System.Logger.Level.DEBUG, "probe task for " + call.slot().resource.id() + " was cancelled");
        }
    }

    private BoardSnapshot snapshot() {
        synchronized (lock) {
            Instant now = clock.now();
            List<BoardEntry> entries = new ArrayList<>(slots.size());
            for (ProbeSlot slot : slots) {
                entries.add(slot.entry(now, settings));
            }
            return new BoardSnapshot(sequence.incrementAndGet(), now, entries);
        }
    }

    private void publish(BoardSnapshot snapshot) {
        latest.accumulateAndGet(snapshot, (current, next) -> next.sequence() > current.sequence() ? next : current);
        try {
            notifier.execute(this::deliverLatest);
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "board closed; snapshot " + snapshot.sequence() + " not delivered to listeners");
        }
    }

    /** Runs on the listener thread: hands each listener the newest snapshot it has not seen, in order. */
    private void deliverLatest() {
        BoardSnapshot snapshot = latest.get();
        if (snapshot.sequence() <= delivered.get()) {
            return;
        }
        delivered.set(snapshot.sequence());
        for (Consumer<BoardSnapshot> listener : listeners) {
            try {
                listener.accept(snapshot);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a state board listener failed", e);
            }
        }
    }

    private void refreshSafely() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "state board refresh failed", e);
        }
    }

    private record Call(ProbeSlot slot, long number, Duration timeout) {
    }

    private record Running(Call call, Future<?> future, long deadlineNanos) {
    }
}
