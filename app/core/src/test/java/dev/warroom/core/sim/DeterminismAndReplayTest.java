package dev.warroom.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ProbeException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DeterminismAndReplayTest {

    @Test
    void theSameSeedAndTheSameStepsGiveTheSameObservations() throws Exception {
        assertThat(playIncident(new Fixture(7))).isEqualTo(playIncident(new Fixture(7)));
    }

    @Test
    void anotherSeedGivesOtherLags() throws Exception {
        assertThat(new Fixture(7).observe("db-west").lag()).isNotEqualTo(new Fixture(8).observe("db-west").lag());
    }

    @Test
    void replayingTheJournalledActionsRebuildsTheSameWorld() throws Exception {
        Fixture live = new Fixture();
        live.inject(FaultKind.REGION_DOWN, "east");
        Instant promoteStarted = live.clock.now();
        live.run("database.promote", "db-west", Map.of());
        Instant scaleStarted = live.clock.now();
        live.run("k8s.scale", "api-west", Map.of("replicas", "3"));
        Instant dnsStarted = live.clock.now();
        live.run("dns.update", "dns-api", Map.of("value", "api-west.example.com"));
        live.advance(Duration.ofMinutes(2));

        Fixture resumed = new Fixture();
        resumed.inject(FaultKind.REGION_DOWN, "east");
        resumed.advance(Duration.between(Fixture.START, live.clock.now()));
        assertThat(resumed.world.replay(resumed.request("database.promote", "db-west", Map.of()), promoteStarted).succeeded()).isTrue();
        resumed.world.replay(resumed.request("k8s.scale", "api-west", Map.of("replicas", "3")), scaleStarted);
        resumed.world.replay(resumed.request("dns.update", "dns-api", Map.of("value", "api-west.example.com")), dnsStarted);

        for (Duration later : new Duration[] {Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(10)}) {
            live.advance(later);
            resumed.advance(later);
            assertThat(everything(resumed)).isEqualTo(everything(live));
        }
    }

    private static Map<String, String> playIncident(Fixture f) throws Exception {
        f.inject(FaultKind.REGION_DOWN, "east", Duration.ofMinutes(1), null, null);
        f.inject(FaultKind.REPLICA_LAG_SPIKE, "cache-west", Duration.ZERO, Duration.ofMinutes(3), "40s");
        f.advance(Duration.ofMinutes(2));
        f.run("database.promote", "db-west", Map.of());
        f.run("k8s.scale", "api-west", Map.of("replicas", "5"));
        f.run("dns.update", "dns-api", Map.of("value", "api-west.example.com"));
        Map<String, String> seen = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            seen.putAll(prefixed(i, everything(f)));
            f.advance(Duration.ofSeconds(37));
        }
        return seen;
    }

    private static Map<String, String> everything(Fixture f) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (Resource resource : f.plan.sites().stream().flatMap(s -> s.resources().stream()).toList()) {
            try {
                Observation o = f.observe(resource.id());
                seen.put(resource.id(), o.health() + " " + o.role() + " " + o.lag() + " " + new TreeMap<>(o.attributes()) + " " + o.observedAt());
            } catch (ProbeException e) {
                seen.put(resource.id(), e.failure() + ": " + e.getMessage());
            }
        }
        return seen;
    }

    private static Map<String, String> prefixed(int round, Map<String, String> map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(round + ":" + k, v));
        return out;
    }
}
