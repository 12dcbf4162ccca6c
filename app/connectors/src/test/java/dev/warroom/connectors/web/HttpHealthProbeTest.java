package dev.warroom.connectors.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.connectors.web.LoopbackHttp.Reply;
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

    private LoopbackHttp server;
    private HttpHealthProbe probe;

    @BeforeEach
    void start() throws Exception {
        server = LoopbackHttp.start();
        probe = new HttpHealthProbe(HttpClient.newBuilder().connectTimeout(TIMEOUT).build(), TIMEOUT, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.close();
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
        server.on("/health", r -> Reply.of(200, "ok"));

        Observation seen = observe(server.url("/health"));

        assertThat(seen.health()).isEqualTo(Health.UP);
        assertThat(seen.resourceId()).isEqualTo("api");
        assertThat(seen.attributes()).containsEntry("status", "200").containsEntry("url", server.url("/health"));
        assertThat(seen.attributes().get("latency")).matches("[0-9]+ms");
    }

    @Test
    void anEndpointAnswering503IsDown() throws Exception {
        server.on("/health", r -> Reply.of(503, "maintenance"));

        Observation seen = observe(server.url("/health"));

        assertThat(seen.health()).isEqualTo(Health.DOWN);
        assertThat(seen.attributes()).containsEntry("status", "503");
    }

    @Test
    void anExpectedStatusDecidesWhatUpMeansAndTheMethodIsTheResourcesOwn() throws Exception {
        server.on("/ready", r -> Reply.of(204));

        assertThat(observe(server.url("/ready"), "expectStatus", "204", "method", "head").health()).isEqualTo(Health.UP);
        assertThat(observe(server.url("/ready"), "expectStatus", "200").health()).isEqualTo(Health.DOWN);
        assertThat(server.requests("/ready")).extracting(LoopbackHttp.Seen::method).containsExactly("HEAD", "GET");
    }

    @Test
    void tooManyRequestsShowsAsThrottledWithTheRetryAfter() {
        server.on("/health", r -> new Reply(429, Map.of("Retry-After", "20"), "slow down"));

        assertThatThrownBy(() -> observe(server.url("/health"))).isInstanceOfSatisfying(ProbeException.class, e -> {
            assertThat(e.failure()).isEqualTo(ProbeFailure.THROTTLED);
            assertThat(e.getMessage()).isEqualTo(server.url("/health") + " answered 429 Too Many Requests (retry after 20s)");
        });
    }

    @Test
    void unauthorizedAndForbiddenShowAsAuthFailed() {
        server.on("/private", r -> Reply.of(401)).on("/forbidden", r -> Reply.of(403));

        assertThatThrownBy(() -> observe(server.url("/private"))).isInstanceOfSatisfying(ProbeException.class, e -> {
            assertThat(e.failure()).isEqualTo(ProbeFailure.AUTH_FAILED);
            assertThat(e.getMessage()).endsWith("answered 401 Unauthorized");
        });
        assertThatThrownBy(() -> observe(server.url("/forbidden"))).isInstanceOfSatisfying(ProbeException.class,
                e -> assertThat(e.failure()).isEqualTo(ProbeFailure.AUTH_FAILED));
    }

    @Test
    void aRefusedConnectionIsUnreachable() throws Exception {
        int port = LoopbackHttp.closedPort();

        assertThatThrownBy(() -> observe("http://127.0.0.1:" + port + "/health")).isInstanceOfSatisfying(ProbeException.class, e -> {
            assertThat(e.failure()).isEqualTo(ProbeFailure.UNREACHABLE);
            assertThat(e.getMessage()).isEqualTo("connection refused by 127.0.0.1:" + port);
        });
    }

    @Test
    void aServerThatNeverAnswersTimesOutWithinTheProbesTimeout() {
        server.on("/health", server.silent());

        assertThatThrownBy(() -> observe(server.url("/health"))).isInstanceOfSatisfying(ProbeException.class, e -> {
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
