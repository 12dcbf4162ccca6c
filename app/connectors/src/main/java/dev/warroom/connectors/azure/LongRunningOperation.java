package dev.warroom.connectors.azure;

import com.azure.core.management.polling.PollResult;
import com.azure.core.util.polling.LongRunningOperationStatus;
import com.azure.core.util.polling.PollResponse;
import com.azure.core.util.polling.SyncPoller;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Follows an Azure long-running operation (202 Accepted + {@code Azure-AsyncOperation} or
 * {@code Location}) by polling through the SDK's own poller until it ends or the step's deadline
 * passes. Waits between polls as long as Azure asks ({@code Retry-After}), else the connector's
 * interval, never past the deadline; the wait can be interrupted.
 */
public final class LongRunningOperation {

    /** How it ended: {@code done} with the final resource, {@code failed} with Azure's words, or still running at the deadline. */
    public record Outcome<U>(Status status, Optional<U> result, String words) {

        public boolean done() {
            return status == Status.DONE;
        }
    }

    public enum Status { DONE, FAILED, STILL_RUNNING }

    private LongRunningOperation() {
    }

    public static <T, U> Outcome<U> follow(SyncPoller<PollResult<T>, U> poller, Instant deadline, Duration interval)
            throws InterruptedException {
        PollResponse<PollResult<T>> response = poller.poll();
        while (!response.getStatus().isComplete()) {
            Duration left = Duration.between(Instant.now(), deadline);
            if (left.isNegative() || left.isZero()) {
                return new Outcome<>(Status.STILL_RUNNING, Optional.empty(), "Azure reports it " + words(response.getStatus()));
            }
            Duration wait = Optional.ofNullable(response.getRetryAfter()).filter(d -> !d.isNegative() && !d.isZero()).orElse(interval);
            Thread.sleep(Math.max(1, Math.min(wait.toMillis(), left.toMillis())));
            response = poller.poll();
        }
        if (response.getStatus() == LongRunningOperationStatus.SUCCESSFULLY_COMPLETED) {
            return new Outcome<>(Status.DONE, Optional.ofNullable(poller.getFinalResult()), "succeeded");
        }
        PollResult.Error error = response.getValue() == null ? null : response.getValue().getError();
        String said = error == null || error.getMessage() == null ? "" : ": " + AzureFailures.shorten(error.getMessage());
        return new Outcome<>(Status.FAILED, Optional.empty(), "Azure reports the operation " + words(response.getStatus()) + said);
    }

    private static String words(LongRunningOperationStatus status) {
        if (status == LongRunningOperationStatus.IN_PROGRESS || status == LongRunningOperationStatus.NOT_STARTED) {
            return "still in progress";
        }
        if (status == LongRunningOperationStatus.USER_CANCELLED) {
            return "cancelled";
        }
        return status.toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
