package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.model.Fault;
import dev.warroom.core.plan.model.FaultKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provider that throttles the Front Door switch for a while: the autopilot waits as the provider asks and calls
 * again, as a commander would, instead of giving up after one immediate retry; a throttle that never lifts still
 * ends the incident after a bounded number of attempts.
 */
class AutopilotWaitsOutThrottlingTest {

    @TempDir
    Path dir;

    @Test
    void aThrottleThatLiftsIsWaitedOutAsTheProviderAsksAndTheFailoverFinishes() throws Exception {
        // The switch first runs about ten minutes in; the throttle lifts two minutes later, after the second retry.
        Fault throttled = new Fault(Duration.ZERO, FaultKind.API_THROTTLED, "front-door", Duration.ofMinutes(12), "1m", null);
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"), throttled)) {
            IncidentState end = rig.driveToEnd(new Autopilot());

            assertThat(end.status()).as("%s", end.endReason()).isEqualTo(IncidentStatus.RESOLVED);
            List<IncidentEvent> switchEvents = rig.events().stream()
                    .filter(e -> "switch-front-door".equals(e.data().path("step").asText())).toList();
            List<IncidentEvent> retries = switchEvents.stream().filter(e -> e.type().equals(EventTypes.STEP_RETRIED)).toList();
            assertThat(retries).isNotEmpty();
            assertThat(retries.get(0).data().path("reason").asText())
                    .contains("the provider asked to retry after 1m").contains("waited 1m before retrying");
            IncidentEvent firstFailure = switchEvents.stream().filter(e -> e.type().equals(EventTypes.STEP_FAILED)).findFirst().orElseThrow();
            assertThat(Duration.between(firstFailure.time(), retries.get(0).time())).isGreaterThanOrEqualTo(Duration.ofMinutes(1));
            assertThat(switchEvents.stream().anyMatch(e -> e.type().equals(EventTypes.STEP_SUCCEEDED))).isTrue();
        }
    }

    @Test
    void aThrottleThatNeverLiftsEndsTheIncidentAfterABoundedNumberOfAttempts() throws Exception {
        Fault throttled = new Fault(Duration.ZERO, FaultKind.API_THROTTLED, "front-door", null, "1m", null);
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"), throttled)) {
            IncidentState end = rig.driveToEnd(new Autopilot());

            assertThat(end.status()).isEqualTo(IncidentStatus.ABORTED);
            long attempts = rig.events().stream().filter(e -> e.type().equals(EventTypes.STEP_FAILED))
                    .filter(e -> "switch-front-door".equals(e.data().path("step").asText())).count();
            assertThat(attempts).isEqualTo(Autopilot.TRANSIENT_ATTEMPTS);
            assertThat(end.endReason()).hasValueSatisfying(r -> assertThat(r).contains("switch-front-door").contains("failed 5 times").contains("429"));
        }
    }

    @Test
    void theProvidersWordsTellAPassingFailureAndItsWait() {
        assertThat(TransientFailures.transientFailure("429 Too Many Requests: retry after 20s")).isTrue();
        assertThat(TransientFailures.transientFailure("SERVFAIL: the name server refused the update to api")).isTrue();
        assertThat(TransientFailures.transientFailure("412 Precondition Failed: the record set api was changed")).isTrue();
        assertThat(TransientFailures.transientFailure("AADSTS700082: the refresh token has expired")).isFalse();
        assertThat(TransientFailures.retryAfter("ThrottlingException: Rate exceeded; retry after 1m30s")).contains(Duration.ofSeconds(90));
        assertThat(TransientFailures.retryAfter("HTTP 429, Retry-After: 45")).contains(Duration.ofSeconds(45));
        assertThat(TransientFailures.retryAfter("503 Service Unavailable")).isEmpty();
    }
}
