package dev.warroom.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultsTest {

    private final Fixture f = new Fixture();

    @Test
    void aDownRegionDoesNotAnswerForItsResourcesOnly() throws Exception {
        f.inject(FaultKind.REGION_DOWN, "east");

        for (String id : new String[] {"db-east", "api-east", "health-east", "pg-east", "bastion-east"}) {
            assertThatThrownBy(() -> f.observe(id)).as(id).isInstanceOfSatisfying(ProbeException.class, e -> {
                assertThat(e.failure()).isEqualTo(ProbeFailure.UNREACHABLE);
                assertThat(e.getMessage()).startsWith("no answer from eastus (east)");
            });
        }
        assertThat(f.observe("db-west").health()).isEqualTo(Health.UP);
        assertThat(f.observe("dns-api").health()).isEqualTo(Health.UP);
    }

    @Test
    void theProvidersHealthFeedReportsTheRegionalOutageAsAnEvent() throws Exception {
        f.inject(FaultKind.REGION_DOWN, "east", Duration.ofMinutes(2), null, null);
        assertThat(f.observe("service-health-east").attributes()).containsEntry("events", "none");

        f.advance(Duration.ofMinutes(3));

        Observation feed = f.observe("service-health-east");
        assertThat(feed.health()).isEqualTo(Health.DOWN);
        assertThat(feed.attribute("events")).contains("service issue: eastus unavailable since 2025-01-15T10:02:00Z");
    }

    @Test
    void aReplicaKeepsTheLagItHadWhenItsPrimarysRegionWentDown() throws Exception {
        f.inject(FaultKind.REGION_DOWN, "east", Duration.ofMinutes(1), null, null);
        f.advance(Duration.ofMinutes(1));
        Duration atOutage = f.observe("db-west").lag().orElseThrow();

        f.advance(Duration.ofMinutes(7));

        Observation later = f.observe("db-west");
        assertThat(later.lag()).contains(atOutage);
        assertThat(later.attribute("link")).contains("down (source db-east unreachable since 2025-01-15T10:01:00Z)");
    }

    @Test
    void lagDriftsBetweenAFifthOfASecondAndThreeSecondsAndMovesWithTime() throws Exception {
        Set<Duration> seen = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            Duration lag = f.observe("db-west").lag().orElseThrow();
            assertThat(lag).isBetween(Duration.ofMillis(200), Duration.ofSeconds(3));
            seen.add(lag);
            f.advance(Duration.ofSeconds(7));
        }
        assertThat(seen).hasSizeGreaterThan(10);
        assertThat(f.observe("db-east").lag()).as("a primary has no lag").isEmpty();
    }

    @Test
    void aLagSpikeShowsWhileItLasts() throws Exception {
        f.inject(FaultKind.REPLICA_LAG_SPIKE, "db-west", Duration.ofMinutes(1), Duration.ofMinutes(5), "90s");
        f.advance(Duration.ofMinutes(2));

        Observation spiking = f.observe("db-west");
        assertThat(spiking.lag()).hasValueSatisfying(lag -> assertThat(lag).isGreaterThanOrEqualTo(Duration.ofSeconds(90)));
        assertThat(spiking.attribute("lag")).hasValueSatisfying(text -> assertThat(text).startsWith("1m3"));

        f.advance(Duration.ofMinutes(5));
        assertThat(f.observe("db-west").lag()).hasValueSatisfying(lag -> assertThat(lag).isLessThan(Duration.ofSeconds(3)));
    }

    @Test
    void aLagSpikeAimedAtThePrimaryShowsOnItsReplicas() throws Exception {
        f.inject(FaultKind.REPLICA_LAG_SPIKE, "rds-east", Duration.ZERO, null, "2m");

        assertThat(f.observe("rds-west").lag()).hasValueSatisfying(lag -> assertThat(lag).isGreaterThanOrEqualTo(Duration.ofMinutes(2)));
    }

    @Test
    void throttlingComesBackInTheProvidersWords() throws Exception {
        f.inject(FaultKind.API_THROTTLED, "west", Duration.ZERO, null, "30s");

        assertThatThrownBy(() -> f.observe("db-west")).isInstanceOfSatisfying(ProbeException.class, e -> {
            assertThat(e.failure()).isEqualTo(ProbeFailure.THROTTLED);
            assertThat(e.getMessage()).startsWith("429 Too Many Requests").endsWith("retry after 30s");
        });
        assertThatThrownBy(() -> f.observe("rds-west")).isInstanceOfSatisfying(ProbeException.class,
                e -> assertThat(e.getMessage()).startsWith("ThrottlingException: Rate exceeded"));
        ActionResult refused = f.run("database.promote", "db-west", Map.of());
        assertThat(refused.succeeded()).isFalse();
        assertThat(refused.detail()).startsWith("429 Too Many Requests");
    }

    @Test
    void expiredCredentialsSayWhenTheTokenExpired() throws Exception {
        f.inject(FaultKind.CREDENTIALS_EXPIRED, "aks-east", Duration.ofMinutes(4), null, null);
        f.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> f.observe("aks-east")).isInstanceOfSatisfying(ProbeException.class, e -> {
            assertThat(e.failure()).isEqualTo(ProbeFailure.AUTH_FAILED);
            assertThat(e.getMessage()).contains("token expired at 2025-01-15T10:04:00Z");
        });
        assertThat(f.observe("aks-west").health()).isEqualTo(Health.UP);
    }

    @Test
    void faultsAimedAtASharedSiteOrOneOfItsResourcesBothWork() throws Exception {
        f.inject(FaultKind.API_THROTTLED, "dns-www");
        f.inject(FaultKind.CREDENTIALS_EXPIRED, "global", Duration.ofMinutes(1), null, null);

        assertThatThrownBy(() -> f.observe("dns-www")).isInstanceOfSatisfying(ProbeException.class,
                e -> assertThat(e.failure()).isEqualTo(ProbeFailure.THROTTLED));
        assertThat(f.observe("dns-api").health()).isEqualTo(Health.UP);
        f.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> f.observe("dns-api")).isInstanceOfSatisfying(ProbeException.class,
                e -> assertThat(e.failure()).isEqualTo(ProbeFailure.AUTH_FAILED));
    }

    @Test
    void aFailingHealthEndpointAnswers503() throws Exception {
        f.inject(FaultKind.HEALTH_FAILING, "health-west");

        Observation failing = f.observe("health-west");

        assertThat(failing.attributes()).containsEntry("status", "503");
        assertThat(failing.health()).isEqualTo(Health.DOWN);
    }

    @Test
    void corruptionIsFlaggedOnTheResource() throws Exception {
        f.inject(FaultKind.DATA_CORRUPTION, "db-east", Duration.ZERO, null, "orders table checksum mismatch");

        Observation corrupted = f.observe("db-east");

        assertThat(corrupted.health()).isEqualTo(Health.DEGRADED);
        assertThat(corrupted.attribute("integrity"))
                .contains("corruption detected since 2025-01-15T10:00:00Z (orders table checksum mismatch)");
    }

    @Test
    void aDownResourceIsReportedByItsProviderOrRefusesConnections() throws Exception {
        f.inject(FaultKind.RESOURCE_DOWN, "db-east");
        f.inject(FaultKind.RESOURCE_DOWN, "pg-east");

        assertThat(f.observe("db-east").health()).isEqualTo(Health.DOWN);
        assertThat(f.observe("db-east").attribute("state")).contains("the provider reports shop-db-east as Unavailable");
        assertThatThrownBy(() -> f.observe("pg-east")).isInstanceOfSatisfying(ProbeException.class,
                e -> assertThat(e.getMessage()).isEqualTo("connection refused by pg-east.internal"));
        assertThat(f.observe("db-west").attribute("link")).hasValueSatisfying(link -> assertThat(link).startsWith("down"));
    }

    @Test
    void aFaultOnAnUnknownTargetIsRefusedWithWords() {
        assertThatThrownBy(() -> f.inject(FaultKind.REGION_DOWN, "mars"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fault target 'mars' is neither a site nor a resource of this plan");
        assertThatThrownBy(() -> f.inject(FaultKind.REPLICA_LAG_SPIKE, "db-west", Duration.ZERO, null, "a lot"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("replica-lag-spike value:");
    }
}
