package dev.warroom.connectors.azure;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import dev.warroom.connectors.azure.connector.AzureConnector;
import dev.warroom.core.plan.model.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * An HTTPS WireMock standing in for Azure Resource Manager, and Azure connectors pointed at it
 * through the real SDK pipeline (bearer policy included) with a fixed test token.
 */
final class AzureStub implements AutoCloseable {

    static final String SUBSCRIPTION = "6f1c2a7e-3b9d-4e52-9a1f-0c8d7e6b5a43";
    static final TokenCredential TEST_TOKEN =
            request -> Mono.just(new AccessToken("test-token-not-a-secret", OffsetDateTime.now().plusHours(1)));

    final WireMockServer server;

    private AzureStub(WireMockServer server) {
        this.server = server;
    }

    static AzureStub start() {
        WireMockServer server = new WireMockServer(options()
                .httpDisabled(true)
                .dynamicHttpsPort()
                .bindAddress("127.0.0.1")
                .keystorePath(StubTls.keystore().toString())
                .keystoreType("PKCS12")
                .keystorePassword(StubTls.STORE_PASSWORD)
                .keyManagerPassword(StubTls.STORE_PASSWORD)
                .notifier(new Slf4jNotifier(false)));
        server.start();
        return new AzureStub(server);
    }

    /** {@code https://127.0.0.1:PORT}: the Resource Manager endpoint, as WARROOM_AZURE_ENDPOINT would name it. */
    String endpoint() {
        return "https://127.0.0.1:" + server.httpsPort();
    }

    AzureConnector connector() {
        return connector(Duration.ofSeconds(20), TEST_TOKEN);
    }

    AzureConnector connector(Duration callTimeout, TokenCredential credential) {
        return new AzureConnector(optionsFor(endpoint(), callTimeout, credential));
    }

    static AzureOptions optionsFor(String endpoint, Duration callTimeout, TokenCredential credential) {
        HttpClient.Builder jdk = HttpClient.newBuilder().sslContext(StubTls.trustingClient());
        return new AzureOptions(endpoint, credential, "test token", AzureOptions.httpClient(jdk, callTimeout),
                Optional.of(SUBSCRIPTION), Duration.ofMillis(100));
    }

    /** A test resource file under {@code azure/}, with {@code {{endpoint}}} and {@code {{subscription}}} filled in. */
    String body(String name) {
        try (InputStream in = AzureStub.class.getResourceAsStream("/azure/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource azure/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{{endpoint}}", endpoint())
                    .replace("{{subscription}}", SUBSCRIPTION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code request} is accepted as a long-running operation (202 + Azure-AsyncOperation + Retry-After),
     * whose status reads InProgress {@code pollsInProgress} times, then Succeeded; the scenario then
     * moves to {@code doneState}, so later reads can answer with the changed resource.
     */
    void longRunning(String scenario, MappingBuilder request, String doneState, int pollsInProgress) {
        longRunning(scenario, Scenario.STARTED, request, doneState, pollsInProgress);
    }

    /** The same, for a request made once the scenario is in {@code fromState} (operations one after another). */
    void longRunning(String scenario, String fromState, MappingBuilder request, String doneState, int pollsInProgress) {
        String operation = "/subscriptions/" + SUBSCRIPTION + "/providers/Microsoft.Resources/locations/westeurope/azureAsyncOperation/"
                + scenario + "-" + fromState.toLowerCase(java.util.Locale.ROOT);
        server.stubFor(request.inScenario(scenario).whenScenarioStateIs(fromState)
                .willReturn(aResponse().withStatus(202)
                        .withHeader("Azure-AsyncOperation", endpoint() + operation + "?api-version=2025-01-01-preview")
                        .withHeader("Retry-After", "1")
                        .withHeader("x-ms-request-id", "5d1f6a0c-2b7e-4c39-8e4f-9a1b2c3d4e5f"))
                .willSetStateTo(fromState + "-polled-0"));
        for (int i = 0; i < pollsInProgress; i++) {
            server.stubFor(get(urlPathEqualTo(operation)).inScenario(scenario).whenScenarioStateIs(fromState + "-polled-" + i)
                    .willReturn(okJson(body("async-in-progress.json")).withHeader("Retry-After", "1"))
                    .willSetStateTo(fromState + "-polled-" + (i + 1)));
        }
        server.stubFor(get(urlPathEqualTo(operation)).inScenario(scenario).whenScenarioStateIs(fromState + "-polled-" + pollsInProgress)
                .willReturn(okJson(body("async-succeeded.json")))
                .willSetStateTo(doneState));
    }

    /** Like {@link #longRunning} but the operation never finishes. */
    void neverFinishing(MappingBuilder request, String operationName) {
        String operation = "/subscriptions/" + SUBSCRIPTION + "/providers/Microsoft.Resources/locations/westeurope/azureAsyncOperation/"
                + operationName;
        server.stubFor(request.willReturn(aResponse().withStatus(202)
                .withHeader("Azure-AsyncOperation", endpoint() + operation + "?api-version=2025-01-01-preview")
                .withHeader("Retry-After", "1")));
        server.stubFor(get(urlPathEqualTo(operation)).willReturn(okJson(body("async-in-progress.json")).withHeader("Retry-After", "1")));
    }

    static Resource resource(String id, String kind, Map<String, String> observe) {
        return new Resource(id, kind, id, null, null, null, observe, Map.of());
    }

    /** The ARM path of a resource in the stub subscription. */
    static String arm(String resourceGroup, String providerAndType, String name) {
        return "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/" + resourceGroup + "/providers/" + providerAndType + "/" + name;
    }

    @Override
    public void close() {
        server.stop();
    }
}
