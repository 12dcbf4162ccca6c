package dev.warroom.connectors.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.web.LoopbackHttp.Reply;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** http.check and http.call against a real HTTP server on loopback. */
class HttpCheckAndCallTest {

    private static final Duration CALL = Duration.ofSeconds(2);
    private static final String TOKEN = "cf-secret-token-0123456789";

    private LoopbackHttp server;
    private HttpClient client;

    @BeforeEach
    void start() throws Exception {
        server = LoopbackHttp.start();
        client = HttpClient.newBuilder().connectTimeout(CALL).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Resource endpoint(String path) {
        return TestResources.resource("api", "http-health", Map.of("url", server.url(path)));
    }

    @Test
    void httpCheckAsksAgainUntilTheEndpointRecovers() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.on("/health", r -> Reply.of(calls.incrementAndGet() < 3 ? 503 : 200));
        ActionRequest request = TestResources.on("http.check", endpoint("/health"),
                Map.of("attempts", "5", "interval", "50ms"), Duration.ofMinutes(1));

        ActionResult result = new HttpCheckExecutor(client, CALL).execute(request);

        assertThat(result.succeeded()).isTrue();
        assertThat(result.detail()).startsWith(server.url("/health") + " answered 200 OK in ").endsWith("(attempt 3 of 5)");
        assertThat(result.outputs()).containsEntry("status", "200");
    }

    @Test
    void httpCheckFailsWithTheLastAnswerWhenTheEndpointNeverRecovers() throws Exception {
        server.on("/health", r -> Reply.of(502));
        ActionRequest request = TestResources.on("http.check", endpoint("/health"),
                Map.of("attempts", "2", "interval", "10ms", "expectStatus", "200"), Duration.ofMinutes(1));

        ActionResult result = new HttpCheckExecutor(client, CALL).execute(request);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).contains("answered 502 Bad Gateway").endsWith(", expected 200 (attempt 2 of 2)");
        assertThat(result.outputs()).containsEntry("status", "502");
        assertThat(server.requests("/health")).hasSize(2);
    }

    @Test
    void httpCheckStopsWhenTheStepsTimeoutLeavesNoRoomForAnotherAttempt() throws Exception {
        server.on("/health", r -> Reply.of(503));
        ActionRequest request = TestResources.on("http.check", endpoint("/health"),
                Map.of("attempts", "3", "interval", "10m"), Duration.ofSeconds(30));

        ActionResult result = new HttpCheckExecutor(client, CALL).execute(request);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).endsWith("(attempt 1 of 3); no time for another attempt within the step's timeout of 30s");
        assertThat(server.requests("/health")).hasSize(1);
    }

    @Test
    void httpCallSendsMethodBodyAndTheHeaderFromTheEnvironmentWithoutEverShowingIt() throws Exception {
        server.on("/client/v4/zones/zone-42/purge_cache", r -> Reply.of(200, "{\"success\":true}"));
        ConnectorSettings settings = ConnectorSettings.of(Map.of("CF_API_TOKEN", TOKEN, "ZONE_ID", "zone-42"));
        String url = "http://127.0.0.1:" + server.port() + "/client/v4/zones/${ZONE_ID}/purge_cache";
        ActionRequest request = TestResources.on("http.call", TestResources.resource("cdn", "cdn", Map.of("name", "edge")),
                Map.of("method", "post", "url", url, "body", "{\"purge_everything\":true}", "headerEnv", "CF_API_TOKEN"), CALL);
        HttpCallExecutor call = new HttpCallExecutor(client, settings);

        ActionPreview preview = call.preview(request);
        ActionResult result = call.execute(request);

        LoopbackHttp.Seen seen = server.requests("/client/v4/zones/zone-42/purge_cache").get(0);
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(seen.header("Content-Type")).isEqualTo("application/json");
        assertThat(seen.body()).isEqualTo("{\"purge_everything\":true}");
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
        server.on("/api", r -> Reply.of(204));
        ConnectorSettings settings = ConnectorSettings.of(Map.of("API_HEADER", "X-Auth-Key: " + TOKEN));
        ActionRequest request = TestResources.untargeted("http.call",
                Map.of("method", "DELETE", "url", server.url("/api"), "headerEnv", "API_HEADER"), CALL);

        ActionResult result = new HttpCallExecutor(client, settings).execute(request);

        assertThat(result.succeeded()).isTrue();
        assertThat(server.requests("/api").get(0).header("X-Auth-Key")).isEqualTo(TOKEN);
        assertThat(server.requests("/api").get(0).header("Authorization")).isNull();
    }

    @Test
    void anUnsetHeaderVariableOrPlaceholderStopsTheCallBeforeAnythingIsSent() throws Exception {
        HttpCallExecutor call = new HttpCallExecutor(client, ConnectorSettings.of(Map.of()));

        ActionResult noHeader = call.execute(TestResources.untargeted("http.call",
                Map.of("method", "POST", "url", server.url("/api"), "headerEnv", "CF_API_TOKEN"), CALL));
        ActionResult noZone = call.execute(TestResources.untargeted("http.call",
                Map.of("method", "POST", "url", "http://127.0.0.1:" + server.port() + "/zones/${ZONE_ID}/purge"), CALL));

        assertThat(noHeader.detail()).isEqualTo("CF_API_TOKEN is not set: the call was not made");
        assertThat(noZone.detail()).isEqualTo("ZONE_ID is not set (named in the url or body): the call was not made");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aRefusedCredentialIsAFailureThatNamesTheVariable() throws Exception {
        server.on("/api", r -> Reply.of(403, "{\"errors\":[{\"code\":10000,\"message\":\"Authentication error\"}]}"));
        ActionRequest request = TestResources.untargeted("http.call",
                Map.of("method", "POST", "url", server.url("/api"), "headerEnv", "CF_API_TOKEN"), CALL);

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
