package dev.warroom.connectors.kubernetes;

import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The informer sets, one per context and namespace, each started by the first probe or action that
 * needs it and kept watching until the connector closes. A set whose first list failed is dropped,
 * so the next call tries again. Thread-safe.
 */
final class Watches implements AutoCloseable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final KubeClients clients;
    private final KubeTimeouts timeouts;
    private final Clock clock;
    private final Map<WatchScope, ScopeWatch> watches = new ConcurrentHashMap<>();

    Watches(KubeClients clients, KubeTimeouts timeouts, Clock clock) {
        this.clients = clients;
        this.timeouts = timeouts;
        this.clock = clock;
    }

    /**
     * For a probe: the scope's caches, listed and watching. While a watch is down and re-connecting
     * on its own, the API server is asked directly whether it answers, so a server that went away
     * shows as such instead of as an ever older cache.
     */
    ScopeWatch current(WatchScope scope) throws ProbeException {
        ScopeWatch watch;
        try {
            watch = listed(scope, timeouts.firstSync());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProbeException(ProbeFailure.TIMEOUT, "interrupted while waiting for " + scope.describe());
        }
        Optional<Throwable> failure = watch.currentFailure();
        if (failure.isEmpty() && !watch.watching()) {
            failure = unanswered(scope.context());
        }
        if (failure.isPresent()) {
            ProbeException e = KubeFailures.of(scope.context(), failure.get());
            throw new ProbeException(e.failure(), e.getMessage() + "; cache last in step with it at "
                    + TIME.format(watch.asOf()), failure.get());
        }
        return watch;
    }

    /** The scope's caches once their first list is in, starting them if needed; waits at most {@code wait}. */
    ScopeWatch listed(WatchScope scope, Duration wait) throws ProbeException, InterruptedException {
        ScopeWatch watch = started(scope);
        try {
            watch.listed().get(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
            return watch;
        } catch (ExecutionException e) {
            drop(watch);
            throw KubeFailures.of(scope.context(), e.getCause());
        } catch (TimeoutException e) {
            throw new ProbeException(ProbeFailure.TIMEOUT, "no first list from " + scope.describe()
                    + " within " + wait.toSeconds() + "s; still trying");
        }
    }

    private Optional<Throwable> unanswered(KubeContext context) {
        try {
            clients.of(context).getKubernetesVersion();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e);
        }
    }

    /** Informer sets already running for this scope, without starting any: previews must not touch the network. */
    Optional<ScopeWatch> ifListed(WatchScope scope) {
        ScopeWatch watch = watches.get(scope);
        return watch != null && watch.listed().isDone() && !watch.failed() ? Optional.of(watch) : Optional.empty();
    }

    private ScopeWatch started(WatchScope scope) throws ProbeException {
        try {
            return watches.computeIfAbsent(scope, s -> ScopeWatch.start(s, clients.of(s.context()), clock));
        } catch (RuntimeException e) {
            throw KubeFailures.of(scope.context(), e);
        }
    }

    private void drop(ScopeWatch watch) {
        if (watches.remove(watch.scope(), watch)) {
            watch.close();
        }
    }

    @Override
    public void close() {
        watches.values().forEach(ScopeWatch::close);
        watches.clear();
    }
}
