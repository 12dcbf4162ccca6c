package dev.warroom.connectors.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.warroom.connectors.ConnectorFactory;
import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deployments and nodes of two clusters (primary and DR), seen through informers on their kube contexts. */
class KubernetesProbesTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private MockCluster primary;
    private MockCluster dr;
    private KubernetesConnector connector;

    @BeforeEach
    void start() {
        primary = new MockCluster();
        dr = new MockCluster();
        Path kubeconfig = new Kubeconfig().context("primary", primary.url()).context("dr", dr.url()).writeTo(dir.resolve("config"));
        connector = new KubernetesConnector(ConnectorSettings.of(Map.of("KUBECONFIG", kubeconfig.toString())));
    }

    @AfterEach
    void stop() {
        // Servers first: Fabric8's mock stalls its event loop when a client closes a watch on it.
        primary.close();
        dr.close();
        connector.close();
    }

    @Test
    void eachDeploymentIsReadFromItsOwnContext() throws Exception {
        primary.deployment("shop", "web", 3, 3);
        dr.deployment("shop", "web", 3, 1);

        Observation onPrimary = probe("k8s-deployment").observe(Plans.deployment("web-primary", "primary", "shop", "web"));
        Observation onDr = probe("k8s-deployment").observe(Plans.deployment("web-dr", "dr", "shop", "web"));

        assertThat(onPrimary.attributes()).containsEntry("replicas", "3/3").containsEntry("context", "primary").containsEntry("namespace", "shop");
        assertThat(onPrimary.health()).isEqualTo(Health.UP);
        assertThat(onDr.attributes()).containsEntry("replicas", "1/3").containsEntry("context", "dr");
        assertThat(onDr.health()).isEqualTo(Health.DEGRADED);
    }

    @Test
    void readinessChangesReachTheProbeThroughTheWatchWithoutListingAgain() throws Exception {
        primary.deployment("shop", "web", 3, 0);
        var web = Plans.deployment("web", "primary", "shop", "web");
        Observation first = probe("k8s-deployment").observe(web);
        assertThat(first.attributes()).containsEntry("replicas", "0/3");
        assertThat(first.health()).isEqualTo(Health.DOWN);
        int requestsAfterList = primary.requestCount();

        primary.readyReplicas("shop", "web", 2);
        Observation later = await().atMost(LIMIT).ignoreExceptions()
                .until(() -> probe("k8s-deployment").observe(web), o -> o.attributes().get("replicas").equals("2/3"));
        primary.readyReplicas("shop", "web", 3);
        Observation last = await().atMost(LIMIT).ignoreExceptions()
                .until(() -> probe("k8s-deployment").observe(web), o -> o.attributes().get("replicas").equals("3/3"));

        assertThat(later.health()).isEqualTo(Health.DEGRADED);
        assertThat(last.health()).isEqualTo(Health.UP);
        // Only the test's own four calls (two reads, two status updates) reached the server: the probe asked nothing.
        assertThat(primary.requestCount() - requestsAfterList).isEqualTo(4);
        assertThat(last.observedAt()).isAfterOrEqualTo(first.observedAt());
    }

    @Test
    void podsThatAreNotRunningAreNamedWithTheirReason() throws Exception {
        primary.deployment("shop", "web", 3, 1);
        primary.pod("shop", "web", "web-1", "Running", null);
        primary.pod("shop", "web", "web-2", "Pending", "ImagePullBackOff");
        primary.pod("shop", "web", "web-3", "Running", "CrashLoopBackOff");
        primary.pod("shop", "api", "api-1", "Pending", null);

        Observation seen = probe("k8s-deployment").observe(Plans.deployment("web", "primary", "shop", "web"));

        assertThat(seen.attributes().get("pods"))
                .isEqualTo("1 running; not running: web-2 (ImagePullBackOff), web-3 (CrashLoopBackOff)");
    }

    @Test
    void replicasAreSeenEvenWhenTheUserMayNotListPods() throws Exception {
        primary.deployment("shop", "web", 2, 2);
        primary.forbidPodList("shop");

        Observation seen = probe("k8s-deployment").observe(Plans.deployment("web", "primary", "shop", "web"));

        assertThat(seen.attributes()).containsEntry("replicas", "2/2");
        assertThat(seen.attributes().get("pods")).startsWith("unknown: API server " + primary.url() + " of context primary denied user primary-admin (403 pods is forbidden");
        assertThat(seen.health()).isEqualTo(Health.UP);
    }

    @Test
    void clusterNodesReadyAreCountedPerContext() throws Exception {
        primary.node("node-a", true);
        primary.node("node-b", false);
        primary.node("node-c", true);
        dr.node("dr-node-a", true);

        Observation onPrimary = probe("k8s-cluster").observe(Plans.cluster("primary-cluster", "k8s-cluster", Map.of("context", "primary")));
        Observation onDr = probe("k8s-cluster").observe(Plans.cluster("dr-cluster", "k8s-cluster", Map.of("context", "dr")));

        assertThat(onPrimary.attributes()).containsEntry("nodes", "2/3 ready").containsEntry("notReady", "node-b")
                .containsEntry("server", primary.url());
        assertThat(onPrimary.health()).isEqualTo(Health.DEGRADED);
        assertThat(onDr.attributes()).containsEntry("nodes", "1/1 ready");
        assertThat(onDr.health()).isEqualTo(Health.UP);
    }

    @Test
    void aNodeThatComesBackIsSeenThroughTheWatch() throws Exception {
        primary.node("node-a", false);
        var cluster = Plans.cluster("primary-cluster", "k8s-cluster", Map.of("context", "primary"));
        assertThat(probe("k8s-cluster").observe(cluster).health()).isEqualTo(Health.DOWN);

        primary.node("node-b", true);

        Observation later = await().atMost(LIMIT).ignoreExceptions()
                .until(() -> probe("k8s-cluster").observe(cluster), o -> o.attributes().get("nodes").equals("1/2 ready"));
        assertThat(later.health()).isEqualTo(Health.DEGRADED);
    }

    @Test
    void anAksClusterWithoutAContextIsFoundByItsClusterName() throws Exception {
        dr.node("aks-node", true);

        Observation seen = probe("aks-cluster").observe(Plans.cluster("aks-dr", "aks-cluster", Map.of("resourceGroup", "rg-dr", "name", "dr")));

        assertThat(seen.attributes()).containsEntry("nodes", "1/1 ready").containsEntry("context", "dr");
    }

    @Test
    void aMissingDeploymentIsAnErrorThatSaysWhereItLooked() {
        primary.deployment("shop", "web", 1, 1);

        assertThatThrownBy(() -> probe("k8s-deployment").observe(Plans.deployment("cart", "primary", "shop", "cart")))
                .isInstanceOfSatisfying(ProbeException.class, e -> assertThat(e.failure()).isEqualTo(ProbeFailure.ERROR))
                .hasMessageContaining("no deployment 'cart' in namespace shop of context primary");
    }

    @Test
    void aContextTheKubeconfigLacksIsAnErrorListingTheContextsThere() {
        assertThatThrownBy(() -> probe("k8s-deployment").observe(Plans.deployment("web", "staging", "shop", "web")))
                .isInstanceOfSatisfying(ProbeException.class, e -> assertThat(e.failure()).isEqualTo(ProbeFailure.ERROR))
                .hasMessageContaining("no context 'staging'")
                .hasMessageContaining("contexts there: primary, dr");
    }

    @Test
    void theFamilyIsRegisteredForTheStandardWorld() {
        ConnectorFactory factory = ServiceLoader.load(ConnectorFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(KubernetesConnectorFactory.class::isInstance)
                .findFirst().orElseThrow();

        try (var made = factory.create(ConnectorSettings.of(Map.of("KUBECONFIG", dir.resolve("config").toString())))) {
            assertThat(made.probes()).containsKeys("k8s-cluster", "aks-cluster", "eks-cluster", "k8s-deployment");
            assertThat(made.executors().keySet()).extracting(k -> k.actionKind() + " on " + k.resourceKind())
                    .contains("k8s.scale on k8s-deployment", "k8s.apply on eks-cluster", "k8s.use-context on aks-cluster");
            assertThat(made.identity()).contains("context primary as user primary-admin");
        }
    }

    private Probe probe(String kind) {
        return connector.probes().get(kind);
    }
}
