package dev.warroom.connectors.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.connectors.ActionKey;
import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Reach;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** k8s.apply and k8s.use-context on a primary and a DR mock cluster. */
class KubernetesClusterActionsTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final String MANIFEST = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: web-settings
            data:
              region: westeurope
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 2
              selector:
                matchLabels:
                  app: web
              template:
                metadata:
                  labels:
                    app: web
                spec:
                  containers:
                  - name: web
                    image: registry.example/web:1
            """;

    @TempDir
    Path dir;

    private MockCluster primary;
    private MockCluster dr;
    private KubernetesConnector connector;

    @BeforeEach
    void start() throws IOException {
        primary = new MockCluster();
        dr = new MockCluster();
        int nothingListens;
        try (ServerSocket socket = new ServerSocket(0)) {
            nothingListens = socket.getLocalPort();
        }
        Path kubeconfig = new Kubeconfig().context("primary", primary.url()).context("dr", dr.url())
                .context("gone", "http://127.0.0.1:" + nothingListens).writeTo(dir.resolve("config"));
        Files.createDirectories(dir.resolve("plans/manifests"));
        Files.writeString(dir.resolve("plans/manifests/web.yaml"), MANIFEST);
        connector = new KubernetesConnector(ConnectorSettings.of(Map.of(
                "KUBECONFIG", kubeconfig.toString(), LocalPaths.PLAN_DIR, dir.resolve("plans").toString())));
    }

    @AfterEach
    void stop() {
        // Servers first: Fabric8's mock stalls its event loop when a client closes a watch on it.
        primary.close();
        dr.close();
        connector.close();
    }

    @Test
    void applyCreatesTheManifestsObjectsOnTheTargetClusterOnly() throws Exception {
        var drCluster = Plans.cluster("dr-cluster", "k8s-cluster", Map.of("context", "dr"));

        ActionResult result = apply("k8s-cluster").execute(Plans.request("k8s.apply", drCluster,
                Map.of("manifest", "manifests/web.yaml", "namespace", "shop"), LIMIT));

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(result.detail()).isEqualTo("applied web.yaml to context dr: ConfigMap web-settings created, Deployment web created");
        assertThat(dr.client().configMaps().inNamespace("shop").withName("web-settings").get().getData()).containsEntry("region", "westeurope");
        assertThat(dr.desiredReplicas("shop", "web")).isEqualTo(2);
        assertThat(primary.client().apps().deployments().inNamespace("shop").withName("web").get()).isNull();
    }

    @Test
    void applyingAgainReplacesWhatExists() throws Exception {
        var drCluster = Plans.cluster("dr-cluster", "k8s-cluster", Map.of("context", "dr"));
        var request = Plans.request("k8s.apply", drCluster, Map.of("manifest", "manifests/web.yaml", "namespace", "shop"), LIMIT);
        apply("k8s-cluster").execute(request);
        Files.writeString(dir.resolve("plans/manifests/web.yaml"), MANIFEST.replace("westeurope", "northeurope").replace("replicas: 2", "replicas: 5"));

        ActionResult again = apply("k8s-cluster").execute(request);

        assertThat(again.detail()).isEqualTo("applied web.yaml to context dr: ConfigMap web-settings replaced, Deployment web replaced");
        assertThat(dr.client().configMaps().inNamespace("shop").withName("web-settings").get().getData()).containsEntry("region", "northeurope");
        assertThat(dr.desiredReplicas("shop", "web")).isEqualTo(5);
    }

    @Test
    void applyPreviewListsTheObjectsAndTheCommandWithoutCallingTheCluster() throws Exception {
        var eks = Plans.cluster("eks-dr", "eks-cluster", Map.of("region", "eu-west-1", "name", "shop-dr", "context", "dr"));
        int before = dr.requestCount();

        ActionPreview preview = apply("eks-cluster").preview(Plans.request("k8s.apply", eks,
                Map.of("manifest", "manifests/web.yaml", "namespace", "shop"), LIMIT));

        Path file = dir.resolve("plans/manifests/web.yaml");
        assertThat(dr.requestCount()).isEqualTo(before);
        assertThat(preview.call()).isEqualTo("kubectl --context dr -n shop create -f " + file + " || kubectl --context dr -n shop replace -f " + file);
        assertThat(preview.changes()).containsExactly(
                "ConfigMap web-settings in namespace shop: created, or replaced if it exists",
                "Deployment web in namespace shop: created, or replaced if it exists");
        assertThat(preview.reach()).isEqualTo(Reach.DRILL_ENVIRONMENT);
    }

    @Test
    void aManifestThatIsNotThereFailsNamingWhereItWasLookedFor() throws Exception {
        var drCluster = Plans.cluster("dr-cluster", "k8s-cluster", Map.of("context", "dr"));

        ActionResult result = apply("k8s-cluster").execute(Plans.request("k8s.apply", drCluster, Map.of("manifest", "manifests/missing.yaml"), LIMIT));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).startsWith("cannot apply to dr-cluster: manifest ").endsWith("missing.yaml does not exist");
    }

    @Test
    void aManifestThatIsNotKubernetesYamlFailsBeforeAnythingIsSent() throws Exception {
        Files.writeString(dir.resolve("plans/manifests/broken.yaml"), "just: [unclosed\n");
        var drCluster = Plans.cluster("dr-cluster", "k8s-cluster", Map.of("context", "dr"));
        int before = dr.requestCount();

        ActionResult result = apply("k8s-cluster").execute(Plans.request("k8s.apply", drCluster, Map.of("manifest", "manifests/broken.yaml"), LIMIT));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).contains("broken.yaml is not Kubernetes YAML or JSON");
        assertThat(dr.requestCount()).isEqualTo(before);
    }

    @Test
    void useContextChecksTheApiAnswersAndRecordsIt() throws Exception {
        var aks = Plans.cluster("aks-dr", "aks-cluster", Map.of("resourceGroup", "rg-dr", "name", "shop-dr", "context", "dr"));

        ActionResult result = useContext("aks-cluster").execute(Plans.request("k8s.use-context", aks, Map.of(), LIMIT));

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(result.detail()).startsWith("context dr answers at " + dr.url());
        assertThat(result.outputs()).containsEntry("context", "dr").containsEntry("server", dr.url());
        assertThat(connector.identity()).contains("context dr as user dr-admin (in use)");
    }

    @Test
    void useContextOfAServerThatIsGoneFailsAndKeepsTheContextInUse() throws Exception {
        var gone = Plans.cluster("old", "k8s-cluster", Map.of("context", "gone"));

        ActionResult result = useContext("k8s-cluster").execute(Plans.request("k8s.use-context", gone, Map.of(), LIMIT));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).startsWith("context gone does not answer: API server http://127.0.0.1:").contains("is unreachable");
        assertThat(connector.identity()).contains("context primary").doesNotContain("gone");
    }

    @Test
    void useContextOfAContextTheKubeconfigLacksFails() throws Exception {
        var unknown = Plans.cluster("staging", "k8s-cluster", Map.of("context", "staging"));

        ActionResult result = useContext("k8s-cluster").execute(Plans.request("k8s.use-context", unknown, Map.of(), LIMIT));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).contains("no context 'staging'").contains("contexts there: primary, dr, gone");
    }

    private ActionExecutor apply(String kind) {
        return connector.executors().get(ActionKey.of("k8s.apply", kind));
    }

    private ActionExecutor useContext(String kind) {
        return connector.executors().get(ActionKey.of("k8s.use-context", kind));
    }
}
