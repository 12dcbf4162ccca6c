package dev.warroom.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warroom state}: one snapshot of a plan's resources from the real connectors, or the simulated world, for scripts and people. */
class StateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private WireMockServer endpoints;
    private String standbyUrl;

    @BeforeEach
    void serve() throws Exception {
        endpoints = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        endpoints.start();
        endpoints.stubFor(any(urlPathEqualTo("/health")).willReturn(status(200)));
        endpoints.stubFor(any(urlPathEqualTo("/standby")).willReturn(status(503)));
        standbyUrl = url("/standby");
    }

    @AfterEach
    void stop() {
        endpoints.stop();
    }

    private JsonNode resource(JsonNode snapshot, String id) {
        for (JsonNode r : snapshot.path("resources")) {
            if (r.path("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no resource " + id + " in " + snapshot);
    }

    @Test
    void jsonShowsEachLoopbackEndpointAsTheConnectorsSeeItNow() throws Exception {
        Path plan = LoopbackPlans.write(dir, url("/health"), standbyUrl, "WARROOM_STATE_TEST_WEBHOOK");

        CliRun run = CliRun.of("state", plan.toString(), "--once", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode snapshot = JSON.readTree(run.out());
        assertThat(snapshot.path("plan").asText()).isEqualTo("loopback-web");
        assertThat(snapshot.path("world").asText()).contains("web");
        JsonNode primary = resource(snapshot, "api-primary");
        assertThat(primary.path("site").asText()).isEqualTo("primary");
        assertThat(primary.path("kind").asText()).isEqualTo("http-health");
        assertThat(primary.path("status").asText()).isEqualTo("fresh");
        assertThat(primary.path("health").asText()).isEqualTo("up");
        assertThat(primary.path("role").asText()).isEqualTo("none");
        assertThat(primary.path("lag").isNull()).isTrue();
        assertThat(primary.path("attributes").path("status").asText()).isEqualTo("200");
        assertThat(primary.path("attributes").path("url").asText()).isEqualTo(url("/health"));
        assertThat(primary.path("observedAt").asText()).isNotEmpty();
        assertThat(primary.path("error").isNull()).isTrue();
        JsonNode standby = resource(snapshot, "api-standby");
        assertThat(standby.path("health").asText()).isEqualTo("down");
        assertThat(standby.path("attributes").path("status").asText()).isEqualTo("503");
    }

    @Test
    void anEndpointThatRefusesConnectionsIsUnreachableWithTheReason() throws Exception {
        String closed = "http://127.0.0.1:" + closedPort() + "/standby";
        Path plan = LoopbackPlans.write(dir, url("/health"), closed, "WARROOM_STATE_TEST_WEBHOOK");

        CliRun run = CliRun.of("state", plan.toString(), "--once", "--format", "json");

        JsonNode standby = resource(JSON.readTree(run.out()), "api-standby");
        assertThat(standby.path("status").asText()).isEqualTo("unreachable");
        assertThat(standby.path("health").asText()).isEqualTo("unknown");
        assertThat(standby.path("observedAt").isNull()).isTrue();
        assertThat(standby.path("error").asText()).startsWith("connection refused by 127.0.0.1:");
    }

    @Test
    void textSaysTheSameInWords() throws Exception {
        Path plan = LoopbackPlans.write(dir, url("/health"), standbyUrl, "WARROOM_STATE_TEST_WEBHOOK");

        CliRun run = CliRun.of("state", plan.toString(), "--once");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("api-primary +http-health +site primary +fresh +health up")
                .containsPattern("api-standby +http-health +site standby +fresh +health down")
                .contains("    status: 503").contains("    url: " + standbyUrl);
    }

    @Test
    void theSimulatedWorldCanBeAskedInsteadWithAScenariosFaults() throws Exception {
        Path plan = Incidents.plan();

        CliRun run = CliRun.of("state", plan.toString(), "--once", "--format", "json", "--world", "simulated", "--scenario", "region-failure");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode snapshot = JSON.readTree(run.out());
        assertThat(snapshot.path("world").asText()).isEqualTo("simulated");
        JsonNode primaryDb = resource(snapshot, "db-prod");
        assertThat(primaryDb.path("status").asText()).isEqualTo("unreachable");
        assertThat(primaryDb.path("error").asText()).isEqualTo("no answer from eastus (eastus): connection timed out reaching ai-workflow-db-prod");
        JsonNode drDb = resource(snapshot, "db-dr");
        assertThat(drDb.path("status").asText()).isEqualTo("fresh");
        assertThat(drDb.path("role").asText()).isEqualTo("replica");
        assertThat(drDb.path("lag").asText()).isNotEmpty();
        assertThat(drDb.path("attributes").path("link").asText()).startsWith("down (source db-prod unreachable since ");
    }

    @Test
    void wrongOptionsAreRefusedInWords() throws Exception {
        Path plan = LoopbackPlans.write(dir, url("/health"), standbyUrl, "WARROOM_STATE_TEST_WEBHOOK");

        assertThat(CliRun.of("state", plan.toString(), "--once", "--format", "yaml").err())
                .contains("--format must be text or json (got 'yaml')");
        assertThat(CliRun.of("state", plan.toString(), "--once", "--world", "moon").err())
                .contains("--world must be real, drill or simulated (got 'moon')");
        assertThat(CliRun.of("state", plan.toString(), "--once", "--scenario", "x").err())
                .contains("--scenario plays faults in the simulated world; add --world simulated");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + endpoints.port() + path;
    }

    /** A loopback port nothing listens on: connections to it are refused. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
