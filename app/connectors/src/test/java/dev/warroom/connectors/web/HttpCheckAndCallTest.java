package dev.warroom.connectors.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.web.http.HttpCallExecutor;
import dev.warroom.connectors.web.http.HttpCheckExecutor;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Reach;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** http.check and http.call against a real HTTP server on loopback. */
class HttpCheckAndCallTest {

    private static final Duration CALL = Duration.ofSeconds(2);
    private static final String TOKEN = "cf-secret-token-0123456789";

    private WireMockServer server;
    private HttpClient client;

    @BeforeEach
    void start() throws Exception {
        server = LoopbackWireMock.start();
        client = HttpClient.newBuilder().connectTimeout(CALL).build();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private Resource endpoint(String path) {
        return TestResources.resource("api", "http-health", Map.of("url", LoopbackWireMock.url(server, path)));
    }

    @Test
    void httpCheckAsksAgainUntilTheEndpointRecovers() throws Exception {
        server.stubFor(any(urlPathEqualTo("/health")).inScenario("recovering").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("still down"));
        server.stubFor(any(urlPathEqualTo("/health")).inScenario("recovering").whenScenarioStateIs("still down")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        server.stubFor(any(urlPathEqualTo("/health")).inScenario("recovering").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));
        ActionRequest request = TestResources.on("http.check", endpoint("/health"),
                Map.of("attempts", "5", "interval", "50ms"), Duration.ofMinutes(1));

        ActionResult result = new HttpCheckExecutor(client, CALL).execute(request);

        assertThat(result.succeeded()).isTrue();
        assertThat(result.detail()).startsWith(LoopbackWireMock.url(server, "/health") + " answered 200 OK in ").endsWith("(attempt 3 of 5)");
        assertThat(result.outputs()).containsEntry("status", "200");
    }

    @Test
    void httpCheckFailsWithTheLastAnswerWhenTheEndpointNeverRecovers() throws Exception {
        server.stubFor(any(urlPathEqualTo("/health")).willReturn(aResponse().withStatus(502)));
        ActionRequest request = TestResources.on("http.check", endpoint("/health"),
                Map.of("attempts", "2", "interval", "10ms", "expectStatus", "200"), Duration.ofMinutes(1));

        ActionResult result = new HttpCheckExecutor(client, CALL).execute(request);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).contains("answered 502 Bad Gateway").endsWith(", expected 200 (attempt 2 of 2)");
        assertThat(result.outputs()).containsEntry("status", "502");
        assertThat(LoopbackWireMock.requests(server, "/health")).hasSize(2);
    }

    @Test
    void httpCheckStopsWhenTheStepsTimeoutLeavesNoRoomForAnotherAttempt() throws Exception {
        server.stubFor(any(urlPathEqualTo("/health")).willReturn(aResponse().withStatus(503)));
        ActionRequest request = TestResources.on("http.check", endpoint("/health"),
                Map.of("attempts", "3", "interval", "10m"), Duration.ofSeconds(30));

        ActionResult result = new HttpCheckExecutor(client, CALL).execute(request);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).endsWith("(attempt 1 of 3); no time for another attempt within the step's timeout of 30s");
        assertThat(LoopbackWireMock.requests(server, "/health")).hasSize(1);
    }

    @Test
    void httpCallSendsMethodBodyAndTheHeaderFromTheEnvironmentWithoutEverShowingIt() throws Exception {
        server.stubFor(any(urlPathEqualTo("/client/v4/zones/zone-42/purge_cache")).willReturn(aResponse().withStatus(200).withBody("{\"success\":true}")));
        ConnectorSettings settings = ConnectorSettings.of(Map.of("CF_API_TOKEN", TOKEN, "ZONE_ID", "zone-42"));
        String url = "http://127.0.0.1:" + server.port() + "/client/v4/zones/${ZONE_ID}/purge_cache";
        ActionRequest request = TestResources.on("http.call", TestResources.resource("cdn", "cdn", Map.of("name", "edge")),
                Map.of("method", "post", "url", url, "body", "{\"purge_everything\":true}", "headerEnv", "CF_API_TOKEN"), CALL);
        HttpCallExecutor call = new HttpCallExecutor(client, settings);

        ActionPreview preview = call.preview(request);
        ActionResult result = call.execute(request);

        LoggedRequest seen = LoopbackWireMock.requests(server, "/client/v4/zones/zone-42/purge_cache").get(0);
        assertThat(seen.getMethod().getName()).isEqualTo("POST");
        assertThat(seen.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(seen.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(seen.getBodyAsString()).isEqualTo("{\"purge_everything\":true}");
        assertThat(result.succeeded()).isTrue();
        assertThat(result.detail()).startsWith("POST " + url + " answered 200 OK in ");
        assertThat(result.outputs()).containsEntry("status", "200").containsEntry("response", "{\"success\":true}");
        assertThat(preview.call()).contains("header from $CF_API_TOKEN");
        assertThat(preview.reach()).isEqualTo(Reach.DRILL_ENVIRONMENT);
        assertThat(String.join(" ", preview.summary(), preview.call(), String.join(" ", preview.changes()), result.detail(),
                result.outputs().toString())).doesNotContain(TOKEN);
    }

    @Test
    void aHeaderVariableHoldingAWholeHeaderLineIsSentAsThatHeader() throws Exception {
        server.stubFor(any(urlPathEqualTo("/api")).willReturn(aResponse().withStatus(204)));
        ConnectorSettings settings = ConnectorSettings.of(Map.of("API_HEADER", "X-Auth-Key: " + TOKEN));
        ActionRequest request = TestResources.untargeted("http.call",
                Map.of("method", "DELETE", "url", LoopbackWireMock.url(server, "/api"), "headerEnv", "API_HEADER"), CALL);

        ActionResult result = new HttpCallExecutor(client, settings).execute(request);

        assertThat(result.succeeded()).isTrue();
        assertThat(LoopbackWireMock.requests(server, "/api").get(0).getHeader("X-Auth-Key")).isEqualTo(TOKEN);
        assertThat(LoopbackWireMock.requests(server, "/api").get(0).getHeader("Authorization")).isNull();
    }

    @Test
    void anUnsetHeaderVariableOrPlaceholderStopsTheCallBeforeAnythingIsSent() throws Exception {
        HttpCallExecutor call = new HttpCallExecutor(client, ConnectorSettings.of(Map.of()));

        ActionResult noHeader = call.execute(TestResources.untargeted("http.call",
                Map.of("method", "POST", "url", LoopbackWireMock.url(server, "/api"), "headerEnv", "CF_API_TOKEN"), CALL));
        ActionResult noZone = call.execute(TestResources.untargeted("http.call",
                Map.of("method", "POST", "url", "http://127.0.0.1:" + server.port() + "/zones/${ZONE_ID}/purge"), CALL));

        assertThat(noHeader.detail()).isEqualTo("CF_API_TOKEN is not set: the call was not made");
        assertThat(noZone.detail()).isEqualTo("ZONE_ID is not set (named in the url or body): the call was not made");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void aRefusedCredentialIsAFailureThatNamesTheVariable() throws Exception {
        server.stubFor(any(urlPathEqualTo("/api")).willReturn(aResponse().withStatus(403).withBody("{\"errors\":[{\"code\":10000,\"message\":\"Authentication error\"}]}")));
        ActionRequest request = TestResources.untargeted("http.call",
                Map.of("method", "POST", "url", LoopbackWireMock.url(server, "/api"), "headerEnv", "CF_API_TOKEN"), CALL);

        ActionResult result = new HttpCallExecutor(client, ConnectorSettings.of(Map.of("CF_API_TOKEN", TOKEN))).execute(request);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).contains("answered 403 Forbidden").endsWith(
                "expected a 2xx status — the credential in $CF_API_TOKEN was refused (expired or without permission?)");
        assertThat(result.outputs()).containsEntry("status", "403");
    }

    @Test
    void aCallToALiveProviderReachesALiveSystemAndItsPreviewSendsNothing() {
        HttpCallExecutor call = new HttpCallExecutor(client, ConnectorSettings.of(Map.of()));
        ActionRequest request = TestResources.untargeted("http.call",
                Map.of("method", "POST", "url", "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache"), CALL);

        ActionPreview preview = call.preview(request);

        assertThat(call.reach(request)).isEqualTo(Reach.LIVE);
        assertThat(preview.summary()).isEqualTo("Call POST https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache");
        assertThat(preview.changes()).contains("cannot be sent yet: ZONE_ID is not set");
    }
}
