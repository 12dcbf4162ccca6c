package dev.warroom.connectors.web.chat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Chat messages on their way out. {@link #send} tries to deliver at once, on the caller's thread and
 * within a budget; a message that cannot be delivered now (network down, timeout, 5xx, throttled) is
 * queued and retried in the background with exponential back-off ({@link RetryPolicy}). Messages to
 * the same webhook leave in the order they were sent: a new one waits behind any still queued.
 * Whatever finally becomes of a queued message — delivered, refused, given up, or left behind by
 * {@link #close()} — is told to the listeners ({@link ChatFate}), so it can be journaled.
 * Thread-safe. No lock is held while a message is on the wire: a lane's head is taken for a try under
 * the lane's monitor, posted without it, and its result recorded under it again, so that other threads
 * can queue messages and read the outbox while a webhook hangs. One try at a time per lane keeps order.
 */
public final class ChatOutbox implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ChatOutbox.class.getName());
    private static final AtomicLong IDS = new AtomicLong();

    private final WebhookSender sender;
    private final RetryPolicy policy;
    private final Clock clock;
    private final Duration attemptTimeout;
    private final ScheduledExecutorService retries;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private final List<Consumer<ChatFate>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    public ChatOutbox(WebhookSender sender, RetryPolicy policy, Clock clock, Duration attemptTimeout) {
        this.sender = sender;
        this.policy = policy;
        this.clock = clock;
        this.attemptTimeout = attemptTimeout;
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "warroom-chat-outbox");
            t.setDaemon(true);
            return t;
        });
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.retries = pool;
    }

    /** A message with an id unique in this process, ready to {@link #send}. */
    public ChatMessage compose(String channelId, String channelWords, URI webhook, String payload, String text) {
        return compose(channelId, channelWords, webhook, payload, text, "");
    }

    /** A message that carries an idempotency key on every try (empty: none). */
    public ChatMessage compose(String channelId, String channelWords, URI webhook, String payload, String text, String idempotencyKey) {
        return new ChatMessage("chat-" + IDS.incrementAndGet(), channelId, channelWords, webhook, payload, text, clock.instant(),
                idempotencyKey);
    }

    public void addListener(Consumer<ChatFate> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ChatFate> listener) {
        listeners.remove(listener);
    }

    /** Delivers now if it can within {@code budget}; otherwise queues the message and says why. */
    public Receipt send(ChatMessage message, Duration budget) throws InterruptedException {
        if (closed) {
            return new Receipt(Receipt.Status.REJECTED, "the outbox is closed: WarRoom is shutting down", clock.instant());
        }
        long deadline = System.nanoTime() + budget.toNanos();
        Lane lane = lanes.computeIfAbsent(message.webhook().toString(), k -> new Lane());
        List<ChatFate> fates = new ArrayList<>();
        Entry mine = new Entry(message, clock.instant());
        try {
            synchronized (lane) {
                lane.queue.addLast(mine);
            }
            return deliverUpTo(lane, mine, deadline, fates);
        } finally {
            synchronized (lane) {
                scheduleIfWaiting(lane);
            }
            tell(fates);
        }
    }

    /** Messages not delivered yet, oldest first per webhook. */
    public List<ChatMessage> pending() {
        List<ChatMessage> out = new ArrayList<>();
        for (Lane lane : lanes.values()) {
            synchronized (lane) {
                lane.queue.forEach(e -> out.add(e.message));
            }
        }
        return out;
    }

    /**
     * Tries every queued message once more now, back-off or not, within {@code grace}; for the end of
     * an incident. Returns how many are still queued.
     */
    public int flush(Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        List<ChatFate> fates = new ArrayList<>();
        try {
            for (Lane lane : lanes.values()) {
                synchronized (lane) {
                    lane.queue.forEach(e -> e.nextAttemptAt = clock.instant());
                }
                try {
                    deliverDue(lane, deadline, true, fates);
                } finally {
                    synchronized (lane) {
                        scheduleIfWaiting(lane);
                    }
                }
            }
        } finally {
            tell(fates);
        }
        return pending().size();
    }

    /**
     * Stops retrying; every message still queued is reported as abandoned. A try under way is let
     * finish (within its timeout) rather than interrupted: its listeners may be writing a journal.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        retries.shutdown();
        try {
            retries.awaitTermination(attemptTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long deadline = System.nanoTime() + attemptTimeout.plusSeconds(1).toNanos();
        List<ChatFate> fates = new ArrayList<>();
        try {
            for (Lane lane : lanes.values()) {
                synchronized (lane) {
                    awaitNoTry(lane, deadline);
                    for (Entry e : List.copyOf(lane.queue)) {
                        if (e != lane.onTheWire) {
                            abandon(lane, e, fates);
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            tell(fates);
        }
    }

    /** Delivers queue heads in order until {@code mine} is settled or must wait. */
    private Receipt deliverUpTo(Lane lane, Entry mine, long deadline, List<ChatFate> fates) throws InterruptedException {
        while (true) {
            Entry head;
            Duration timeout;
            synchronized (lane) {
                if (!awaitNoTry(lane, deadline)) {
                    return queued(mine, "waiting behind " + ahead(lane, mine) + " to this channel, which is being tried now");
                }
                if (mine.settled != null) {
                    return mine.settled;
                }
                head = lane.queue.peekFirst();
                if (head != mine && head.nextAttemptAt.isAfter(clock.instant())) {
                    return queued(mine, "waiting behind " + ahead(lane, mine) + " to this channel that could not be delivered yet ("
                            + head.lastError + ")");
                }
                Duration left = Duration.ofNanos(deadline - System.nanoTime());
                if (left.isNegative() || left.isZero()) {
                    return queued(mine, head == mine ? "no time left to try" : "waiting behind " + ahead(lane, mine) + " to this channel");
                }
                timeout = left.compareTo(attemptTimeout) < 0 ? left : attemptTimeout;
                takeForATry(lane, head);
            }
            Delivery delivery = attempt(lane, head, timeout);
            synchronized (lane) {
                boolean settled = record(lane, head, delivery, fates);
                if (head != mine) {
                    if (!settled) {
                        return queued(mine, "waiting behind " + ahead(lane, mine) + " to this channel that could not be delivered yet ("
                                + delivery.words() + ")");
                    }
                    continue;
                }
                if (delivery.kind() == Delivery.Kind.DELIVERED) {
                    return new Receipt(Receipt.Status.DELIVERED, delivery.words(), clock.instant());
                }
                if (settled) {
                    fates.removeIf(f -> f.message() == mine.message);
                    String why = delivery.kind() == Delivery.Kind.REJECTED ? delivery.words()
                            : "not delivered after " + mine.tries + (mine.tries == 1 ? " try: " : " tries: ") + delivery.words();
                    return new Receipt(Receipt.Status.REJECTED, why, clock.instant());
                }
                return queued(mine, delivery.words());
            }
        }
    }

    /**
     * Delivers the lane's due messages in order. A try under way on another thread is waited for when
     * {@code waitForTry} (a flush), and left to finish otherwise (a background retry: the trying thread
     * schedules the next one).
     */
    private void deliverDue(Lane lane, long deadline, boolean waitForTry, List<ChatFate> fates) throws InterruptedException {
        while (true) {
            Entry head;
            Duration timeout;
            synchronized (lane) {
                if (waitForTry ? !awaitNoTry(lane, deadline) : lane.onTheWire != null) {
                    return;
                }
                head = lane.queue.peekFirst();
                Duration left = Duration.ofNanos(deadline - System.nanoTime());
                if (head == null || closed || head.nextAttemptAt.isAfter(clock.instant()) || left.isNegative() || left.isZero()) {
                    return;
                }
                timeout = left.compareTo(attemptTimeout) < 0 ? left : attemptTimeout;
                takeForATry(lane, head);
            }
            Delivery delivery = attempt(lane, head, timeout);
            synchronized (lane) {
                if (!record(lane, head, delivery, fates)) {
                    return;
                }
            }
        }
    }

    /** Marks {@code head} as on the wire; called holding the lane. */
    private static void takeForATry(Lane lane, Entry head) {
        lane.onTheWire = head;
        head.tries++;
    }

    /** One post, holding no lock; if it does not return a delivery, the lane is free again for the next try. */
    private Delivery attempt(Lane lane, Entry entry, Duration timeout) throws InterruptedException {
        boolean returned = false;
        try {
            Delivery delivery = sender.post(entry.message.webhook(), entry.message.payload(), entry.message.idempotencyKey(), timeout);
            returned = true;
            return delivery;
        } finally {
            if (!returned) {
                synchronized (lane) {
                    lane.onTheWire = null;
                    lane.notifyAll();
                }
            }
        }
    }

    /**
     * Records a try's result, frees the lane for the next try and wakes whoever waits for it; called holding
     * the lane. A message still unsettled when the outbox has closed meanwhile is abandoned. Returns whether
     * the entry left the queue.
     */
    private boolean record(Lane lane, Entry entry, Delivery delivery, List<ChatFate> fates) {
        lane.onTheWire = null;
        lane.notifyAll();
        boolean settled = settle(lane, entry, delivery, fates);
        if (!settled && closed) {
            abandon(lane, entry, fates);
            return true;
        }
        return settled;
    }

    /** Waits, releasing the lane, until no try is under way or the deadline passes; called holding the lane. */
    private static boolean awaitNoTry(Lane lane, long deadline) throws InterruptedException {
        while (lane.onTheWire != null) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(lane, left);
        }
        return true;
    }

    private void abandon(Lane lane, Entry entry, List<ChatFate> fates) {
        lane.queue.remove(entry);
        ChatFate fate = new ChatFate(entry.message, ChatFate.Outcome.ABANDONED, clock.instant(), entry.tries, entry.lastError);
        entry.settled = new Receipt(Receipt.Status.QUEUED, entry.lastError, fate.at());
        fates.add(fate);
    }

    /** Records a try's result on the entry; returns whether the entry left the queue (with its fate added). */
    private boolean settle(Lane lane, Entry entry, Delivery delivery, List<ChatFate> fates) {
        Instant now = clock.instant();
        ChatFate.Outcome outcome = switch (delivery.kind()) {
            case DELIVERED -> ChatFate.Outcome.DELIVERED;
            case REJECTED -> ChatFate.Outcome.REJECTED;
            case RETRY -> entry.tries >= policy.tries() ? ChatFate.Outcome.GAVE_UP : null;
        };
        entry.lastError = delivery.kind() == Delivery.Kind.DELIVERED ? entry.lastError : delivery.words();
        if (outcome == null) {
            Duration wait = policy.backoffAfter(entry.tries);
            Duration asked = delivery.retryAfter().orElse(Duration.ZERO);
            entry.nextAttemptAt = now.plus(asked.compareTo(wait) > 0 ? asked : wait);
            return false;
        }
        lane.queue.remove(entry);
        fates.add(new ChatFate(entry.message, outcome, now, entry.tries,
                outcome == ChatFate.Outcome.DELIVERED ? delivery.words() : entry.lastError));
        entry.settled = outcome == ChatFate.Outcome.DELIVERED ? new Receipt(Receipt.Status.DELIVERED, delivery.words(), now)
                : new Receipt(Receipt.Status.REJECTED, entry.lastError, now);
        return true;
    }

    /** Schedules a background retry for the lane's head, unless one is scheduled or a try is under way; called holding the lane. */
    private void scheduleIfWaiting(Lane lane) {
        Entry head = lane.queue.peekFirst();
        if (head == null || closed || lane.onTheWire != null || (lane.retry != null && !lane.retry.isDone())) {
            return;
        }
        long delay = Math.max(0, Duration.between(clock.instant(), head.nextAttemptAt).toMillis());
        try {
            lane.retry = retries.schedule(() -> retry(lane), delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "outbox closed; no more retries");
        }
    }

    private void retry(Lane lane) {
        List<ChatFate> fates = new ArrayList<>();
        try {
            synchronized (lane) {
                lane.retry = null;
            }
            deliverDue(lane, System.nanoTime() + attemptTimeout.toNanos() * 4, false, fates);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            synchronized (lane) {
                scheduleIfWaiting(lane);
            }
            tell(fates);
        }
    }

    private Receipt queued(Entry mine, String why) {
        if (mine.tries == 0) {
            mine.lastError = why;
        }
        return new Receipt(Receipt.Status.QUEUED, why, clock.instant());
    }

    private static String ahead(Lane lane, Entry mine) {
        int before = 0;
        for (Entry e : lane.queue) {
            if (e == mine) {
                break;
            }
            before++;
        }
        return before == 1 ? "1 earlier message" : before + " earlier messages";
    }

    private void tell(List<ChatFate> fates) {
        for (ChatFate fate : fates) {
            for (Consumer<ChatFate> listener : listeners) {
                try {
                    listener.accept(fate);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "a chat outbox listener failed", e);
                }
            }
        }
    }

    /** The messages for one webhook, in order, and the one being tried now, if any. Guarded by its own monitor. */
    private static final class Lane {
        final Deque<Entry> queue = new ArrayDeque<>();
        ScheduledFuture<?> retry;
        Entry onTheWire;
    }

    /** A queued message and how its tries went. Guarded by its lane. */
    private static final class Entry {
        final ChatMessage message;
        int tries;
        String lastError = "";
        Instant nextAttemptAt;
        /** What became of it once it left the queue, for a sender that was waiting for it. */
        Receipt settled;

        Entry(ChatMessage message, Instant now) {
            this.message = message;
            this.nextAttemptAt = now;
        }
    }
}
