package dev.warroom.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Health;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DnsAndTrafficTest {

    private final Fixture f = new Fixture();

    @Test
    void resolversShowTheNewValueOnlyOnceTheOldTtlHasRunOut() throws Exception {
        assertThat(f.observe("dns-api").attributes()).containsEntry("target", "api-east.example.com").containsEntry("ttl", "5m");

        ActionResult published = f.run("dns.update", "dns-api", Map.of("value", "api-west.example.com", "ttl", "60s"));

        assertThat(published.succeeded()).as(published.detail()).isTrue();
        assertThat(f.observe("dns-api").attributes())
                .containsEntry("target", "api-east.example.com")
                .containsEntry("ttl", "1m")
                .hasEntrySatisfying("propagating", p -> assertThat(p).startsWith("api-west.example.com"));
        f.advance(Duration.ofMinutes(4));
        assertThat(f.observe("dns-api").attribute("target")).contains("api-east.example.com");

        f.advance(Duration.ofMinutes(1));

        assertThat(f.observe("dns-api").attribute("target")).contains("api-west.example.com");
        assertThat(f.observe("dns-api").attributes()).doesNotContainKey("propagating");
    }

    @Test
    void dnsUpdateFailsWhileTheFaultIsInForce() throws Exception {
        f.inject(FaultKind.DNS_UPDATE_FAILS, "dns-api", Duration.ZERO, Duration.ofMinutes(10), null);

        ActionResult rejected = f.run("dns.update", "dns-api", Map.of("value", "api-west.example.com"));

        assertThat(rejected.succeeded()).isFalse();
        assertThat(rejected.detail()).contains("412 Precondition Failed");
        f.advance(Duration.ofMinutes(10));
        assertThat(f.run("dns.update", "dns-api", Map.of("value", "api-west.example.com")).succeeded()).isTrue();
    }

    @Test
    void theGlobalHealthEndpointRecoversOnlyWhenALiveSiteWithReadyPodsServesTheTraffic() throws Exception {
        f.inject(FaultKind.REGION_DOWN, "east");
        assertThat(f.observe("api-health").attributes()).containsEntry("status", "503").containsEntry("serving", "east");

        f.run("dns.update", "dns-api", Map.of("value", "api-west.example.com"));
        f.advance(Duration.ofMinutes(6));
        assertThat(f.observe("api-health").attributes())
                .as("west serves now, but its API deployment has no ready pods")
                .containsEntry("serving", "west").containsEntry("status", "503");

        f.run("k8s.scale", "api-west", Map.of("replicas", "3"));
        f.advance(Duration.ofSeconds(15));

        assertThat(f.observe("api-health").attribute("status")).contains("200");
        assertThat(f.observe("api-health").health()).isEqualTo(Health.UP);
        assertThat(f.world.servingSite()).isEqualTo("west");
    }

    @Test
    void aValueNamingNoSiteSendsTrafficToTheFirstLiveNonPrimarySite() throws Exception {
        f.run("dns.update", "dns-www", Map.of("value", "203.0.113.10"));
        f.advance(Duration.ofMinutes(2));

        assertThat(f.world.servingSite()).isEqualTo("west");
        assertThat(f.observe("dns-www").attributes()).containsEntry("target", "203.0.113.10").containsEntry("type", "A");
    }

    @Test
    void aTrafficSwitchTakesEffectWithinAMinute() throws Exception {
        ActionResult switched = f.run("traffic.switch", "fd-main", Map.of("to", "shop-aks-west"));

        assertThat(switched.succeeded()).as(switched.detail()).isTrue();
        assertThat(f.clock.now()).isBetween(Fixture.START.plusSeconds(20), Fixture.START.plusSeconds(60));
        assertThat(f.observe("fd-main").attributes()).containsEntry("serving", "west");
        assertThat(f.observe("fd-main").health()).as("west has no ready API pods yet").isEqualTo(Health.DEGRADED);
    }

    @Test
    void turningARoutingControlOnSendsTrafficToTheSiteItNames() throws Exception {
        assertThat(f.observe("arc-west").attributes()).containsEntry("state", "Off");

        f.run("routing-control.set", "arc-west", Map.of("state", "On"));

        assertThat(f.observe("arc-west").attributes()).containsEntry("state", "On").containsEntry("serving", "west");
        ActionResult bad = f.run("routing-control.set", "arc-west", Map.of("state", "maybe"));
        assertThat(bad.succeeded()).isFalse();
        assertThat(bad.detail()).contains("state must be On or Off");
    }

    @Test
    void activatingTheStandbyDeploymentMovesTrafficToItsSite() throws Exception {
        assertThat(f.observe("web-west").attributes()).containsEntry("deployment", "standby");

        f.run("deployment.activate", "web-west", Map.of());

        assertThat(f.observe("web-west").attributes()).containsEntry("deployment", "active");
        assertThat(f.world.servingSite()).isEqualTo("west");
    }

    @Test
    void httpCheckAnswersPerTheEndpointsCurrentHealth() throws Exception {
        assertThat(f.run("http.check", "api-health", Map.of()).succeeded()).isTrue();
        f.inject(FaultKind.REGION_DOWN, "east");

        ActionResult failing = f.run("http.check", "api-health", Map.of("attempts", "3", "interval", "10s"));
        ActionResult east = f.run("http.check", "health-east", Map.of());

        assertThat(failing.succeeded()).isFalse();
        assertThat(failing.detail()).contains("answered 503").contains("attempt 3 of 3");
        assertThat(failing.outputs()).containsEntry("status", "503");
        assertThat(east.detail()).startsWith("no answer from https://east.api.example.com/health");
    }
}
