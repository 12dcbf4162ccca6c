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
 * Thread-safe.
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
        return new ChatMessage("chat-" + IDS.incrementAndGet(), channelId, channelWords, webhook, payload, text, clock.instant());
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
        Receipt receipt;
        try {
            synchronized (lane) {
                Entry mine = new Entry(message, clock.instant());
                lane.queue.addLast(mine);
                receipt = deliverUpTo(lane, mine, deadline, fates);
                scheduleIfWaiting(lane);
            }
        } finally {
            tell(fates);
        }
        return receipt;
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
                    deliverDue(lane, deadline, fates);
                    scheduleIfWaiting(lane);
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
        List<ChatFate> fates = new ArrayList<>();
        for (Lane lane : lanes.values()) {
            synchronized (lane) {
                for (Entry e : lane.queue) {
                    fates.add(new ChatFate(e.message, ChatFate.Outcome.ABANDONED, clock.instant(), e.tries, e.lastError));
                }
                lane.queue.clear();
            }
        }
        tell(fates);
    }

    /** Delivers queue heads in order until {@code mine} is settled or must wait; called holding the lane. */
    private Receipt deliverUpTo(Lane lane, Entry mine, long deadline, List<ChatFate> fates) throws InterruptedException {
        while (true) {
            Entry head = lane.queue.peekFirst();
            if (head != mine && head.nextAttemptAt.isAfter(clock.instant())) {
                return queued(mine, "waiting behind " + ahead(lane, mine) + " to this channel that could not be delivered yet ("
                        + head.lastError + ")");
            }
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                return queued(mine, head == mine ? "no time left to try" : "waiting behind " + ahead(lane, mine) + " to this channel");
            }
            Delivery delivery = attempt(head, left.compareTo(attemptTimeout) < 0 ? left : attemptTimeout);
            boolean settled = settle(lane, head, delivery, fates);
            if (head == mine) {
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
            if (!settled) {
                return queued(mine, "waiting behind " + ahead(lane, mine) + " to this channel that could not be delivered yet ("
                        + delivery.words() + ")");
            }
        }
    }

    /** Background retry: delivers the lane's due messages in order; called holding the lane. */
    private void deliverDue(Lane lane, long deadline, List<ChatFate> fates) throws InterruptedException {
        while (!lane.queue.isEmpty() && !closed) {
            Entry head = lane.queue.peekFirst();
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (head.nextAttemptAt.isAfter(clock.instant()) || left.isNegative() || left.isZero()) {
                return;
            }
            Delivery delivery = attempt(head, left.compareTo(attemptTimeout) < 0 ? left : attemptTimeout);
            if (!settle(lane, head, delivery, fates)) {
                return;
            }
        }
    }

    private Delivery attempt(Entry entry, Duration timeout) throws InterruptedException {
        entry.tries++;
        return sender.post(entry.message.webhook(), entry.message.payload(), timeout);
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
        return true;
    }

    private void scheduleIfWaiting(Lane lane) {
        Entry head = lane.queue.peekFirst();
        if (head == null || closed || (lane.retry != null && !lane.retry.isDone())) {
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
                deliverDue(lane, System.nanoTime() + attemptTimeout.toNanos() * 4, fates);
                scheduleIfWaiting(lane);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
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

    /** The messages for one webhook, in order. Guarded by its own monitor. */
    private static final class Lane {
        final Deque<Entry> queue = new ArrayDeque<>();
        ScheduledFuture<?> retry;
    }

    /** A queued message and how its tries went. Guarded by its lane. */
    private static final class Entry {
        final ChatMessage message;
        int tries;
        String lastError = "";
        Instant nextAttemptAt;

        Entry(ChatMessage message, Instant now) {
            this.message = message;
            this.nextAttemptAt = now;
        }
    }
}
