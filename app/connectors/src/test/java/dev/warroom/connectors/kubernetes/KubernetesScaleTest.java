package dev.warroom.connectors.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Reach;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** k8s.scale against two mock clusters: the spec changes, then the action waits for readiness seen by the informer. */
class KubernetesScaleTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private MockCluster primary;
    private MockCluster dr;
    private KubernetesConnector connector;
    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @BeforeEach
    void start() {
        primary = new MockCluster();
        dr = new MockCluster();
        Path kubeconfig = new Kubeconfig().context("primary", primary.url()).context("dr", dr.url())
                .context("prod", "https://api.prod.example.com:6443").writeTo(dir.resolve("config"));
        connector = new KubernetesConnector(ConnectorSettings.of(Map.of("KUBECONFIG", kubeconfig.toString())));
    }

    @AfterEach
    void stop() throws InterruptedException {
        background.shutdownNow();
        background.awaitTermination(10, TimeUnit.SECONDS);
        // Servers first: Fabric8's mock stalls its event loop when a client closes a watch on it.
        primary.close();
        dr.close();
        connector.close();
    }

    @Test
    void scalingUpChangesTheSpecAndCompletesOncePodsComeReadyOneByOne() throws Exception {
        dr.deployment("shop", "web", 1, 1);
        var web = Plans.deployment("web-dr", "dr", "shop", "web");

        Future<ActionResult> running = background.submit(() ->
                scale().execute(Plans.request("k8s.scale", web, Map.of("replicas", "3"), LIMIT)));
        await().atMost(LIMIT).ignoreExceptions().until(() -> dr.desiredReplicas("shop", "web"), desired -> desired == 3);
        assertThat(running).isNotDone();

        dr.readyReplicas("shop", "web", 2);
        Observation halfway = await().atMost(LIMIT).ignoreExceptions()
                .until(() -> connector.probes().get("k8s-deployment").observe(web), o -> o.attributes().get("replicas").equals("2/3"));
        assertThat(running).isNotDone();
        dr.readyReplicas("shop", "web", 3);
        ActionResult result = running.get(LIMIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(halfway.attributes()).containsEntry("context", "dr");
        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(result.detail()).isEqualTo("scaled deployment shop/web in context dr from 1 to 3 replicas; 3 ready");
        assertThat(result.outputs()).containsEntry("previous", "1").containsEntry("desired", "3").containsEntry("replicas", "3/3");
        assertThat(primary.client().apps().deployments().inNamespace("shop").withName("web").get())
                .as("the primary cluster is not touched").isNull();
    }

    @Test
    void aScaleThatNeverBecomesReadyFailsAtTheTimeoutSayingWhatItSaw() throws Exception {
        primary.deployment("shop", "web", 1, 1);
        primary.pod("shop", "web", "web-1", "Running", null);
        primary.pod("shop", "web", "web-2", "Pending", "ImagePullBackOff");
        var web = Plans.deployment("web", "primary", "shop", "web");

        ActionResult result = scale().execute(Plans.request("k8s.scale", web, Map.of("replicas", "2"), Duration.ofSeconds(2)));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).isEqualTo("scaled deployment shop/web in context primary from 1 to 2 replicas, "
                + "but only 1/2 ready after 2s (pods: 1 running; not running: web-2 (ImagePullBackOff))");
        assertThat(primary.desiredReplicas("shop", "web")).isEqualTo(2);
        assertThat(result.outputs()).containsEntry("replicas", "1/2");
    }

    @Test
    void scalingDownIsDoneAsSoonAsEnoughReplicasAreReady() throws Exception {
        primary.deployment("shop", "web", 4, 4);

        ActionResult result = scale().execute(Plans.request("k8s.scale", Plans.deployment("web", "primary", "shop", "web"),
                Map.of("replicas", "2"), LIMIT));

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(primary.desiredReplicas("shop", "web")).isEqualTo(2);
        assertThat(result.outputs()).containsEntry("previous", "4");
    }

    @Test
    void thePreviewShowsTheKubectlCommandAndTheChangeInWordsWithoutCallingTheCluster() throws Exception {
        primary.deployment("shop", "web", 1, 1);
        var web = Plans.deployment("web", "primary", "shop", "web");
        var request = Plans.request("k8s.scale", web, Map.of("replicas", "3"), Duration.ofMinutes(5));
        int before = primary.requestCount();

        ActionPreview cold = scale().preview(request);

        assertThat(primary.requestCount()).as("a preview makes no request").isEqualTo(before);
        assertThat(cold.call()).startsWith("kubectl --context primary -n shop scale deployment/web --replicas=3\n"
                + "PUT " + primary.url() + "/apis/apps/v1/namespaces/shop/deployments/web/scale");
        assertThat(cold.changes()).contains("to 3 replicas (the current count is read when the step runs)");
        assertThat(cold.reach()).isEqualTo(Reach.DRILL_ENVIRONMENT);

        connector.probes().get("k8s-deployment").observe(web);
        ActionPreview warm = scale().preview(request);

        assertThat(warm.summary()).isEqualTo("Scale deployment web to 3 replicas");
        assertThat(warm.changes()).containsExactly("from 1 to 3 replicas (1 ready now)", "then waits until 3 replicas are ready, at most 5m");
    }

    @Test
    void aContextOffThisMachineIsLive() {
        var request = Plans.request("k8s.scale", Plans.deployment("web", "prod", "shop", "web"), Map.of("replicas", "3"), LIMIT);

        assertThat(scale().reach(request)).isEqualTo(Reach.LIVE);
        assertThat(scale().preview(request).call()).startsWith("kubectl --context prod -n shop scale deployment/web --replicas=3\n"
                + "PUT https://api.prod.example.com:6443/apis/apps/v1/namespaces/shop/deployments/web/scale");
    }

    @Test
    void aReplicaCountThatIsNotANumberIsRefusedBeforeAnythingChanges() throws Exception {
        primary.deployment("shop", "web", 1, 1);
        var request = Plans.request("k8s.scale", Plans.deployment("web", "primary", "shop", "web"), Map.of("replicas", "three"), LIMIT);

        ActionResult result = scale().execute(request);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).isEqualTo("replicas must be a whole number from 0 to 10000, not 'three'");
        assertThat(primary.desiredReplicas("shop", "web")).isEqualTo(1);
    }

    @Test
    void scalingADeploymentThatDoesNotExistFailsAndSaysWhere() throws Exception {
        ActionResult result = scale().execute(Plans.request("k8s.scale", Plans.deployment("cart", "dr", "shop", "cart"),
                Map.of("replicas", "2"), LIMIT));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).isEqualTo("no deployment shop/cart in context dr");
    }

    private ActionExecutor scale() {
        return connector.executors().get(dev.warroom.connectors.ActionKey.of("k8s.scale", "k8s-deployment"));
    }

}
