package dev.warroom.connectors.aws;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * Follows a long-running AWS change with the SDK's waiter until {@code done} holds or the deadline
 * passes. A waiter can match too early — right after PromoteReadReplica the instance still reads
 * "available" for a moment — so each match is checked against {@code done}, and the waiter runs again
 * after one poll interval if the change has not shown yet.
 */
final class Following {

    /** Whether the change completed, and the last response seen. */
    record Followed<R>(boolean done, Optional<R> last) {
    }

    private static final int MANY_ATTEMPTS = 100_000;

    private Following() {
    }

    static <R> Followed<R> until(Deadline deadline, Duration poll, Function<WaiterOverrideConfiguration, WaiterResponse<R>> waiter,
            Predicate<R> done) throws InterruptedException {
        Optional<R> last = Optional.empty();
        while (!deadline.passed()) {
            WaiterOverrideConfiguration config = WaiterOverrideConfiguration.builder()
                    .waitTimeout(deadline.remaining())
                    .maxAttempts(MANY_ATTEMPTS)
                    .backoffStrategyV2(BackoffStrategy.fixedDelay(poll))
                    .build();
            WaiterResponse<R> response;
            try {
                response = waiter.apply(config);
            } catch (SdkClientException e) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("stopped following the change");
                }
                if (deadline.passed() || outOfTime(e)) {
                    return new Followed<>(false, last);
                }
                throw e;
            }
            Optional<R> seen = response.matched().response();
            if (seen.isPresent()) {
                last = seen;
                if (done.test(seen.get())) {
                    return new Followed<>(true, last);
                }
            }
            Duration pause = deadline.remaining().compareTo(poll) < 0 ? deadline.remaining() : poll;
            Thread.sleep(pause.toMillis());
        }
        return new Followed<>(false, last);
    }

    private static boolean outOfTime(SdkClientException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return message.contains("max wait time") || message.contains("max retry attempts");
    }
}
