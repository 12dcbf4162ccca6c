package dev.warroom.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.catalog.ActionKind;
import dev.warroom.core.plan.catalog.ActionKinds;
import dev.warroom.core.plan.catalog.ResourceKind;
import dev.warroom.core.plan.catalog.ResourceKinds;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.Reach;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The simulated world covers the whole catalog: a probe per resource kind, an executor per action kind. */
class CatalogCoverageTest {

    private final Fixture f = new Fixture();

    @Test
    void everyResourceKindHasAProbe() {
        for (ResourceKind kind : ResourceKinds.all()) {
            assertThat(f.world.probeFor(kind.name())).as(kind.name()).isPresent();
        }
        assertThat(f.world.probeFor("mainframe")).isEmpty();
    }

    @Test
    void theFixtureHoldsEveryResourceKind() {
        Set<String> inFixture = f.plan.sites().stream().flatMap(s -> s.resources().stream()).map(Resource::kind).collect(Collectors.toSet());
        assertThat(inFixture).containsAll(ResourceKinds.all().stream().map(ResourceKind::name).toList());
    }

    @Test
    void everyActionKindHasASimulatedExecutorWithAPreview() {
        Map<String, ActionRequest> samples = Map.ofEntries(
                Map.entry("database.promote", f.request("database.promote", "db-west", Map.of())),
                Map.entry("cache.promote", f.request("cache.promote", "cache-west", Map.of())),
                Map.entry("storage.failover", f.request("storage.failover", "blob-west", Map.of("failoverType", "planned"))),
                Map.entry("k8s.scale", f.request("k8s.scale", "api-west", Map.of("replicas", "3"))),
                Map.entry("k8s.apply", f.request("k8s.apply", "aks-west", Map.of("manifest", "k8s/api.yaml"))),
                Map.entry("k8s.use-context", f.request("k8s.use-context", "aks-west", Map.of())),
                Map.entry("dns.update", f.request("dns.update", "dns-api", Map.of("value", "api-west.example.com"))),
                Map.entry("traffic.switch", f.request("traffic.switch", "fd-main", Map.of("to", "west-origin"))),
                Map.entry("routing-control.set", f.request("routing-control.set", "arc-west", Map.of("state", "On"))),
                Map.entry("deployment.activate", f.request("deployment.activate", "web-west", Map.of())),
                Map.entry("http.call", f.request("http.call", "payments", Map.of("method", "GET", "url", "https://status.payments.example"))),
                Map.entry("http.check", f.request("http.check", "api-health", Map.of())),
                Map.entry("sql.check", f.request("sql.check", "db-west", Map.of("query", "select pg_is_in_recovery()"))),
                Map.entry("notify.chat", f.notify("Failing over to west")),
                Map.entry("shell.run", f.request("shell.run", null, Map.of("command", "./failover.sh"))),
                Map.entry("wait", f.request("wait", null, Map.of("duration", "5m"))));
        for (ActionKind kind : ActionKinds.all()) {
            ActionRequest sample = samples.get(kind.name());
            assertThat(sample).as("a sample request for %s", kind.name()).isNotNull();
            var executor = f.world.executorFor(kind.name());
            assertThat(executor).as(kind.name()).isPresent();
            assertThat(executor.get().reach(sample)).isEqualTo(Reach.SIMULATED);
            ActionPreview preview = executor.get().preview(sample);
            assertThat(preview.reach()).isEqualTo(Reach.SIMULATED);
            assertThat(preview.summary()).as(kind.name()).isNotBlank().doesNotStartWith("Cannot");
            assertThat(preview.call()).as(kind.name()).isNotBlank();
            assertThat(preview.changes()).as(kind.name()).isNotEmpty();
        }
    }
}
