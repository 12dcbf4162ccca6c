package dev.warroom.connectors.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.warroom.connectors.web.http.HttpHealthProbe;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The http-health probe against a real HTTP server on loopback: status and latency, and each failure as the board shows it. */
class HttpHealthProbeTest {

    private static final Duration TIMEOUT = Duration.ofMillis(800);

    /** Far longer than the probe waits; short enough that stopping the server after the test is quick. */
    private static final int SILENT_MILLIS = 4000;

    private WireMockServer server;
    private HttpHealthProbe probe;

    @BeforeEach
    void start() throws Exception {
        server = LoopbackWireMock.start();
        probe = new HttpHealthProbe(HttpClient.newBuilder().connectTimeout(TIMEOUT).build(), TIMEOUT, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private Observation observe(String url, String... more) throws ProbeException {
        Map<String, String> observe = new HashMap<>(Map.of("url", url));
        for (int i = 0; i + 1 < more.length; i += 2) {
            observe.put(more[i], more[i + 1]);
        }
        return probe.observe(TestResources.resource("api", "http-health", observe));
    }

    @Test
    void anEndpointAnswering200IsUpWithItsStatusLatencyAndUrl() throws Exception {
        server.stubFor(any(urlPathEqualTo("/health")).willReturn(aResponse().withStatus(200).withBody("ok")));

        Observation seen = observe(LoopbackWireMock.url(server, "/health"));

        assertThat(seen.health()).isEqualTo(Health.UP);
        assertThat(seen.resourceId()).isEqualTo("api");
        assertThat(seen.attributes()).containsEntry("status", "200").containsEntry("url", LoopbackWireMock.url(server, "/health"));
        assertThat(seen.attributes().get("latency")).matches("[0-9]+ms");
    }

    @Test
    void anEndpointAnswering503IsDown() throws Exception {
        server.stubFor(any(urlPathEqualTo("/health")).willReturn(aResponse().withStatus(503).withBody("maintenance")));

        Observation seen = observe(LoopbackWireMock.url(server, "/health"));

        assertThat(seen.health()).isEqualTo(Health.DOWN);
        assertThat(seen.attributes()).containsEntry("status", "503");
    }

    @Test
    void anExpectedStatusDecidesWhatUpMeansAndTheMethodIsTheResourcesOwn() throws Exception {
        server.stubFor(any(urlPathEqualTo("/ready")).willReturn(aResponse().withStatus(204)));

        assertThat(observe(LoopbackWireMock.url(server, "/ready"), "expectStatus", "204", "method", "head").health()).isEqualTo(Health.UP);
        assertThat(observe(LoopbackWireMock.url(server, "/ready"), "expectStatus", "200").health()).isEqualTo(Health.DOWN);
        assertThat(LoopbackWireMock.requests(server, "/ready")).extracting(request -> request.getMethod().getName()).containsExactly("HEAD", "GET");
    }

    @Test
    void tooManyRequestsShowsAsThrottledWithTheRetryAfter() {
        server.stubFor(any(urlPathEqualTo("/health"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "20").withBody("slow down")));

        assertThatThrownBy(() -> observe(LoopbackWireMock.url(server, "/health"))).isInstanceOfSatisfying(ProbeException.class, e -> {
            assertThat(e.failure()).isEqualTo(ProbeFailure.THROTTLED);
            assertThat(e.getMessage()).isEqualTo(LoopbackWireMock.url(server, "/health") + " answered 429 Too Many Requests (retry after 20s)");
        });
    }

    @Test
    void unauthorizedAndForbiddenShowAsAuthFailed() {
        server.stubFor(any(urlPathEqualTo("/private")).willReturn(aResponse().withStatus(401)));
        server.stubFor(any(urlPathEqualTo("/forbidden")).willReturn(aResponse().withStatus(403)));

        assertThatThrownBy(() -> observe(LoopbackWireMock.url(server, "/private"))).isInstanceOfSatisfying(ProbeException.class, e -> {
            assertThat(e.failure()).isEqualTo(ProbeFailure.AUTH_FAILED);
            assertThat(e.getMessage()).endsWith("answered 401 Unauthorized");
        });
        assertThatThrownBy(() -> observe(LoopbackWireMock.url(server, "/forbidden"))).isInstanceOfSatisfying(ProbeException.class,
                e -> assertThat(e.failure()).isEqualTo(ProbeFailure.AUTH_FAILED));
    }

    @Test
    void aRefusedConnectionIsUnreachable() throws Exception {
        int port = LoopbackWireMock.closedPort();

        assertThatThrownBy(() -> observe("http://127.0.0.1:" + port + "/health")).isInstanceOfSatisfying(ProbeException.class, e -> {
            assertThat(e.failure()).isEqualTo(ProbeFailure.UNREACHABLE);
            assertThat(e.getMessage()).isEqualTo("connection refused by 127.0.0.1:" + port);
        });
    }

    @Test
    void aServerThatNeverAnswersTimesOutWithinTheProbesTimeout() {
        server.stubFor(any(urlPathEqualTo("/health")).willReturn(aResponse().withStatus(503).withFixedDelay(SILENT_MILLIS)));

        assertThatThrownBy(() -> observe(LoopbackWireMock.url(server, "/health"))).isInstanceOfSatisfying(ProbeException.class, e -> {
            assertThat(e.failure()).isEqualTo(ProbeFailure.TIMEOUT);
            assertThat(e.getMessage()).isEqualTo("no answer from 127.0.0.1:" + server.port() + " within 800ms");
        });
    }

    @Test
    void aResourceWithoutAUsableUrlIsAnError() {
        assertThatThrownBy(() -> probe.observe(TestResources.resource("api", "http-health", Map.of())))
                .isInstanceOfSatisfying(ProbeException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ProbeFailure.ERROR);
                    assertThat(e.getMessage()).isEqualTo("resource 'api' has no observe.url");
                });
        assertThatThrownBy(() -> observe("ftp://127.0.0.1/health")).isInstanceOfSatisfying(ProbeException.class,
                e -> assertThat(e.getMessage()).isEqualTo("observe.url of 'api' must be an http:// or https:// URL with a host"));
    }
}
