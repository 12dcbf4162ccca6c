package dev.warroom.connectors.kubernetes;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the board shows when a context's API server cannot be used: nothing listening, credentials
 * refused, throttled, failing, too slow, or gone after the informers had listed.
 */
class KubernetesFailuresTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    /** A request timeout well below the slow server's delay, and well above a cold start on a loaded machine. */
    private static final KubeTimeouts QUICK = new KubeTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(30));

    @TempDir
    Path dir;

    private final WireMockServer api = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private MockCluster cluster;
    private KubernetesConnector connector;

    @BeforeEach
    void start() throws IOException {
        api.start();
        cluster = new MockCluster();
        int nothingListens;
        try (ServerSocket socket = new ServerSocket(0)) {
            nothingListens = socket.getLocalPort();
        }
        Path kubeconfig = new Kubeconfig()
                .context("primary", cluster.url())
                .context("stub", "http://127.0.0.1:" + api.port())
                .context("gone", "http://127.0.0.1:" + nothingListens)
                .writeTo(dir.resolve("config"));
        connector = new KubernetesConnector(ConnectorSettings.of(Map.of("KUBECONFIG", kubeconfig.toString())), QUICK);
    }

    @AfterEach
    void stop() {
        // Servers first: Fabric8's mock stalls its event loop when a client closes a watch on it.
        cluster.close();
        api.stop();
        connector.close();
    }

    @Test
    void aContextWhoseServerHasNothingListeningIsUnreachable() {
        assertThatThrownBy(() -> observeCluster("gone"))
                .isInstanceOfSatisfying(ProbeException.class, e -> assertThat(e.failure()).isEqualTo(ProbeFailure.UNREACHABLE))
                .hasMessageStartingWith("API server http://127.0.0.1:")
                .hasMessageContaining("of context gone is unreachable");
    }

    @Test
    void refusedCredentialsAreAnAuthFailureThatNamesTheUserButNotTheToken() {
        apiAnswers(401, "Unauthorized", "Unauthorized");

        assertThatThrownBy(() -> observeCluster("stub"))
                .isInstanceOfSatisfying(ProbeException.class, e -> assertThat(e.failure()).isEqualTo(ProbeFailure.AUTH_FAILED))
                .hasMessageEndingWith("of context stub refused the credentials of user stub-admin (401 Unauthorized)")
                .message().doesNotContain(Kubeconfig.token("stub"));
    }

    @Test
    void aForbiddenListIsAnAuthFailure() {
        apiAnswers(403, "Forbidden", "deployments.apps is forbidden: User \\\"dr-reader\\\" cannot list resource \\\"deployments\\\" in API group \\\"apps\\\" in the namespace \\\"shop\\\"");

        assertThatThrownBy(() -> connector.probes().get("k8s-deployment").observe(Plans.deployment("web", "stub", "shop", "web")))
                .isInstanceOfSatisfying(ProbeException.class, e -> assertThat(e.failure()).isEqualTo(ProbeFailure.AUTH_FAILED))
                .hasMessageContaining("denied user stub-admin (403 deployments.apps is forbidden: User \"dr-reader\" cannot list");
    }

    @Test
    void aThrottledServerIsThrottled() {
        apiAnswers(429, "TooManyRequests", "Too many requests, please try again later.");

        assertThatThrownBy(() -> observeCluster("stub"))
                .isInstanceOfSatisfying(ProbeException.class, e -> assertThat(e.failure()).isEqualTo(ProbeFailure.THROTTLED))
                .hasMessageContaining("is throttling requests (429 Too many requests, please try again later.)");
    }

    @Test
    void aFailingServerIsAnErrorWithItsOwnWords() {
        apiAnswers(500, "InternalError", "etcdserver: request timed out");

        assertThatThrownBy(() -> observeCluster("stub"))
                .isInstanceOfSatisfying(ProbeException.class, e -> assertThat(e.failure()).isEqualTo(ProbeFailure.ERROR))
                .hasMessageEndingWith("answered 500 etcdserver: request timed out");
    }

    @Test
    void aServerTooSlowToAnswerTimesOut() {
        api.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(20_000)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"kind\":\"NodeList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"1\"},\"items\":[]}")));

        assertThatThrownBy(() -> observeCluster("stub"))
                .isInstanceOfSatisfying(ProbeException.class, e -> assertThat(e.failure()).isEqualTo(ProbeFailure.TIMEOUT))
                .hasMessageContaining("of context stub did not answer in time");
    }

    @Test
    void aServerThatGoesAwayAfterListingTurnsUnreachable() throws Exception {
        cluster.node("node-a", true);
        assertThat(observeCluster("primary").attributes()).containsEntry("nodes", "1/1 ready");

        cluster.close();

        ProbeException down = await().atMost(LIMIT).ignoreExceptions().until(() -> {
            try {
                observeCluster("primary");
                return null;
            } catch (ProbeException e) {
                return e;
            }
        }, e -> e != null);
        assertThat(down.failure()).isEqualTo(ProbeFailure.UNREACHABLE);
        assertThat(down.getMessage()).contains("of context primary is unreachable").contains("; cache last in step with it at ");
    }

    private dev.warroom.core.world.Observation observeCluster(String context) throws ProbeException {
        return connector.probes().get("k8s-cluster").observe(Plans.cluster(context + "-cluster", "k8s-cluster", Map.of("context", context)));
    }

    private void apiAnswers(int code, String reason, String message) {
        api.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(code).withHeader("Content-Type", "application/json")
                .withBody("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":\""
                        + message + "\",\"reason\":\"" + reason + "\",\"code\":" + code + "}")));
    }
}
