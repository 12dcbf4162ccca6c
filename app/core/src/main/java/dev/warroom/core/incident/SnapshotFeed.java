package dev.warroom.core.incident;

import dev.warroom.core.plan.model.Plan;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Hands each journalled and folded event, with the state after it, to every observer: once each, in
 * order, on the observer's own delivery, never under a lock the writer holds. The writer only puts the
 * snapshot into a bounded window of recent ones and wakes the observers; an observer that falls behind
 * the window catches up by reading the journal back and folding it again, so a slow observer neither
 * slows the writer nor loses an event, and nothing queues without bound.
 */
public final class SnapshotFeed implements AutoCloseable {

    static final int WINDOW = 1024;

    /** Reads every event of the incident back, in order (from the journal on disk). */
    @FunctionalInterface
    interface ReadBack {
        List<IncidentEvent> events() throws IOException;
    }

    private final Plan plan;
    private final ReadBack readBack;
    private final int window;
    private final Map<Long, IncidentSnapshot> recent = new ConcurrentHashMap<>();
    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final ExecutorService delivery;
    private volatile IncidentState latestState;
    private volatile long latestSeq;

    SnapshotFeed(Plan plan, IncidentState start, ReadBack readBack, int window, String name) {
        this.plan = plan;
        this.readBack = readBack;
        this.window = window;
        this.latestState = start;
        this.latestSeq = start.lastSeq();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 5, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, name + "-observer");
            t.setDaemon(true);
            return t;
        });
        this.delivery = pool;
    }

    /** Called by the writer once an event is durable and folded. Never waits on an observer. */
    void publish(IncidentSnapshot snapshot) {
        recent.put(snapshot.seq(), snapshot);
        recent.remove(snapshot.seq() - window);
        latestState = snapshot.state();
        latestSeq = snapshot.seq();
        subscriptions.forEach(Subscription::wake);
    }

    /** The state after the last event folded (or replayed). */
    public IncidentState state() {
        return latestState;
    }

    public long latestSeq() {
        return latestSeq;
    }

    /** Delivers every event after {@code afterSeq}, then each new one, to {@code observer}. */
    public Subscription subscribe(long afterSeq, Consumer<IncidentSnapshot> observer) {
        Subscription s = new Subscription(afterSeq, observer);
        subscriptions.add(s);
        s.wake();
        return s;
    }

    @Override
    public void close() {
        subscriptions.forEach(Subscription::close);
        delivery.shutdown();
    }

    /** One observer's delivery: its own position in the incident's events. */
    public final class Subscription implements AutoCloseable {

        private final Consumer<IncidentSnapshot> observer;
        private final AtomicBoolean draining = new AtomicBoolean();
        private final Object delivered = new Object();
        private volatile long deliveredSeq;
        private volatile boolean closed;
        private volatile int catchUps;

        private Subscription(long afterSeq, Consumer<IncidentSnapshot> observer) {
            this.observer = observer;
            this.deliveredSeq = afterSeq;
        }

        private void wake() {
            if (!closed && deliveredSeq < latestSeq && draining.compareAndSet(false, true)) {
                try {
                    delivery.execute(this::drain);
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    draining.set(false);
                }
            }
        }

        private void drain() {
            try {
                while (!closed && deliveredSeq < latestSeq) {
                    IncidentSnapshot next = recent.get(deliveredSeq + 1);
                    if (next == null) {
                        if (!catchUp()) {
                            return;
                        }
                    } else {
                        deliver(next);
                    }
                }
            } finally {
                draining.set(false);
            }
            wake();
        }

        /** Fell behind the window: read the journal back and fold it again up to where the writer is. */
        private boolean catchUp() {
            catchUps++;
            long before = deliveredSeq;
            long upTo = latestSeq;
            List<IncidentEvent> events;
            try {
                events = readBack.events();
            } catch (IOException e) {
                System.getLogger(SnapshotFeed.class.getName()).log(System.Logger.Level.WARNING,
                        "an observer could not catch up from the journal: " + e.getMessage());
                close();
                return false;
            }
            IncidentFold fold = new IncidentFold(plan);
            for (IncidentEvent e : events) {
                if (closed || e.seq() > upTo) {
                    break;
                }
                fold.apply(e);
                if (e.seq() == deliveredSeq + 1) {
                    deliver(new IncidentSnapshot(e, fold.state()));
                }
            }
            return deliveredSeq > before;
        }

        private void deliver(IncidentSnapshot snapshot) {
            try {
                observer.accept(snapshot);
            } catch (RuntimeException e) {
                System.getLogger(SnapshotFeed.class.getName()).log(System.Logger.Level.WARNING,
                        "an observer failed on event " + snapshot.seq() + ": " + e);
            }
            synchronized (delivered) {
                deliveredSeq = snapshot.seq();
                delivered.notifyAll();
            }
        }

        /** The last event this observer has been given. */
        public long deliveredSeq() {
            return deliveredSeq;
        }

        /** How many times this observer had to catch up from the journal. */
        public int catchUps() {
            return catchUps;
        }

        /**
         * Waits, at most {@code limit}, until this observer has been given every event published so far
         * (for a terminal that must print the timeline before it asks the next question).
         */
        public boolean awaitCaughtUp(Duration limit) throws InterruptedException {
            long target = latestSeq;
            long deadline = System.nanoTime() + limit.toNanos();
            synchronized (delivered) {
                while (!closed && deliveredSeq < target) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    TimeUnit.NANOSECONDS.timedWait(delivered, left);
                }
            }
            return true;
        }

        @Override
        public void close() {
            closed = true;
            subscriptions.remove(this);
            synchronized (delivered) {
                delivered.notifyAll();
            }
        }
    }
}
