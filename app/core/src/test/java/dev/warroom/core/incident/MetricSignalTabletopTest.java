package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.time.VirtualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the simulated world: the endpoint fails two minutes in, and the error-rate signal suggests its answer only once most of a window has failed. */
class MetricSignalTabletopTest {

    @TempDir
    Path dir;

    @Test
    void theErrorRateSignalSuggestsFailoverOnceHalfTheWindowHasFailed() throws Exception {
        Plan plan = new PlanLoader().load(Path.of("src/test/resources/plans/metrics/metric-signals.yaml")).plan().orElseThrow();
        VirtualClock clock = new VirtualClock(Instant.parse("2026-12-01T00:00:00Z"));
        try (IncidentRuntime runtime = TabletopRuntime.open(new TabletopRuntime.Tabletop(plan, "metric-signals.yaml", "test",
                plan.scenarios().stream().findFirst(), dir.resolve("incident.jsonl"), clock, 7, Duration.ZERO, false, "alice",
                "metric signals"), e -> { })) {
            Incident incident = runtime.incident();
            Map<String, SignalStatus> at4m = watch(incident, Duration.ofMinutes(4));
            assertThat(at4m.get("errors-high").holding()).as("2 of 4 minutes failed, but the window is 5 minutes").isFalse();
            assertThat(incident.suggestion()).isEmpty();

            Map<String, SignalStatus> at5m = watch(incident, Duration.ofMinutes(1));
            assertThat(at5m.get("errors-high").holding()).as("3 of 5 minutes failed").isTrue();
            assertThat(at5m.get("errors-high").evidence().get(0)).isEqualTo("api-east: error rate 60.7 % over 5m (37 of 61 samples failed)");
            assertThat(incident.suggestion()).get().extracting(SuggestedAnswer::answer).isEqualTo("failover");
        }
    }

    @Test
    void aResumedIncidentSamplesItsWindowsAfreshAndClaimsNothingItDidNotSee() throws Exception {
        Plan plan = new PlanLoader().load(Path.of("src/test/resources/plans/metrics/metric-signals.yaml")).plan().orElseThrow();
        VirtualClock clock = new VirtualClock(Instant.parse("2026-12-01T00:00:00Z"));
        Path journal = dir.resolve("incident.jsonl");
        try (IncidentRuntime runtime = TabletopRuntime.open(new TabletopRuntime.Tabletop(plan, "metric-signals.yaml", "test",
                plan.scenarios().stream().findFirst(), journal, clock, 7, Duration.ZERO, false, "alice", "metric signals"), e -> { })) {
            assertThat(watch(runtime.incident(), Duration.ofMinutes(6)).get("errors-high").satisfied()).isTrue();
        }
        clock.advance(Duration.ofMinutes(1));
        try (IncidentRuntime resumed = TabletopRuntime.resume(plan, journal, clock, false, "alice", e -> { })) {
            Map<String, SignalStatus> first = resumed.incident().observe();
            assertThat(first.get("errors-high").holding()).isFalse();
            assertThat(first.get("errors-high").evidence()).first().asString().startsWith("api-east: only 0s of 5m sampled so far");
            assertThat(resumed.incident().suggestion()).isEmpty();

            Map<String, SignalStatus> covered = watch(resumed.incident(), Duration.ofMinutes(5));
            assertThat(covered.get("errors-high").satisfied()).isTrue();
            assertThat(covered.get("errors-high").heldFor()).as("held since the window was covered after the resume, no earlier").isZero();
        }
    }

    /** Observes every 5 s of incident time for {@code span}, as the driver does while a signal builds. */
    private static Map<String, SignalStatus> watch(Incident incident, Duration span) throws Exception {
        Map<String, SignalStatus> last = incident.observe();
        for (Duration d = Duration.ZERO; d.compareTo(span) < 0; d = d.plusSeconds(5)) {
            incident.sleep(Duration.ofSeconds(5));
            last = incident.observe();
        }
        return last;
    }
}
