package dev.warroom.connectors.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One informer's cache and how current it is. The first list either succeeds or fails the feed (a
 * later call starts a new one); once listed, the informer keeps watching and re-connects by itself,
 * and the last error it reported is kept so a probe can say why the watch is down. Thread-safe.
 */
final class Feed<T extends HasMetadata> implements AutoCloseable {

    private record Failure(Throwable error, Instant at) {
    }

    private final SharedIndexInformer<T> informer;
    private final Clock clock;
    private final Changes changes;
    private final CompletableFuture<Void> listed = new CompletableFuture<>();
    private volatile Instant lastContact;
    private volatile Failure lastFailure;

    private Feed(SharedIndexInformer<T> informer, Clock clock, Changes changes) {
        this.informer = informer;
        this.clock = clock;
        this.changes = changes;
    }

    /** Starts an informer that has not run yet and follows it. */
    static <T extends HasMetadata> Feed<T> start(SharedIndexInformer<T> informer, Clock clock, Changes changes) {
        Feed<T> feed = new Feed<>(informer, clock, changes);
        informer.exceptionHandler(feed::onException);
        informer.addEventHandler(feed.new Touch());
        informer.start().whenComplete((done, error) -> {
            if (error == null) {
                feed.touched();
                feed.listed.complete(null);
            } else {
                feed.listed.completeExceptionally(error);
            }
        });
        return feed;
    }

    /** Completes when the first list has filled the cache; fails if it could not. */
    CompletableFuture<Void> listed() {
        return listed;
    }

    boolean failed() {
        return listed.isCompletedExceptionally();
    }

    List<T> items() {
        return informer.getStore().list();
    }

    Optional<T> item(String namespace, String name) {
        return Optional.ofNullable(informer.getStore().getByKey(namespace == null ? name : namespace + "/" + name));
    }

    boolean watching() {
        return informer.isWatching();
    }

    /**
     * When the cache last matched the server. While the watch is open every change reaches the cache
     * as it happens, so the cache is current now; otherwise it is as old as the last list or event.
     */
    Instant asOf() {
        if (informer.isWatching()) {
            return clock.instant();
        }
        Instant contact = lastContact;
        return contact == null ? Instant.EPOCH : contact;
    }

    /** Why the watch is down, if it is and an error reported since the last contact says why. */
    Optional<Throwable> currentFailure() {
        Failure failure = lastFailure;
        Instant contact = lastContact;
        if (informer.isWatching() || failure == null || (contact != null && failure.at().isBefore(contact))) {
            return Optional.empty();
        }
        return Optional.of(failure.error());
    }

    private boolean onException(boolean started, Throwable error) {
        lastFailure = new Failure(error, clock.instant());
        changes.signal();
        // A first list that fails ends this feed; one that already listed keeps retrying with back-off.
        return started;
    }

    private void touched() {
        lastContact = clock.instant();
        changes.signal();
    }

    @Override
    public void close() {
        informer.stop();
    }

    /** Any event means the cache just heard from the server. */
    private final class Touch implements ResourceEventHandler<T> {
        @Override
        public void onAdd(T item) {
            touched();
        }

        @Override
        public void onUpdate(T before, T after) {
            touched();
        }

        @Override
        public void onDelete(T item, boolean finalStateUnknown) {
            touched();
        }

        @Override
        public void onNothing() {
            touched();
        }
    }
}
