package dev.warroom.connectors.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.warroom.connectors.azure.AzureStub.arm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.azure.core.exception.ClientAuthenticationException;
import com.azure.identity.CredentialUnavailableException;
import dev.warroom.connectors.ActionKey;
import dev.warroom.connectors.azure.connector.AzureConnector;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** Each way an Azure call can fail reaches the board as its own ProbeFailure, in Azure's words, within one call timeout. */
class AzureProbeFailuresTest extends OnTheAzureStub {

    private static final String REPLICA = arm("ai-workflow-dr-rg", "Microsoft.DBforPostgreSQL/flexibleServers", "ai-workflow-db-dr");


    @Test
    void throttlingIsReportedWithAzuresWordsAndWhenToRetry() {
        stub.server.stubFor(get(urlPathEqualTo(REPLICA)).willReturn(jsonResponse(stub.body("error-throttled.json"), 429)
                .withHeader("Retry-After", "17").withHeader("x-ms-ratelimit-remaining-subscription-reads", "0")));

        ProbeException failure = failure(stub.connector().probes().get("azure-postgres-flexible"), replica());

        assertThat(failure.failure()).isEqualTo(ProbeFailure.THROTTLED);
        assertThat(failure.getMessage()).startsWith("Azure is throttling requests (429 SubscriptionRequestsThrottled: Number of 'read'"
                + " requests for subscription").endsWith("; retry after 17s");
    }

    @Test
    void throttlingOfTheHealthEventsCallIsSortedTheSameWay() {
        stub.server.stubFor(get(urlPathEqualTo("/subscriptions/" + AzureStub.SUBSCRIPTION + "/providers/Microsoft.ResourceHealth/events"))
                .willReturn(jsonResponse(stub.body("error-throttled.json"), 429).withHeader("Retry-After", "17")));

        ProbeException failure = failure(stub.connector().probes().get("azure-service-health"),
                AzureStub.resource("health-we", "azure-service-health", Map.of("region", "westeurope")));

        assertThat(failure.failure()).isEqualTo(ProbeFailure.THROTTLED);
        assertThat(failure.getMessage()).endsWith("; retry after 17s");
    }

    @Test
    void aServerErrorIsAnErrorInAzuresWords() {
        stub.server.stubFor(get(urlPathEqualTo(REPLICA)).willReturn(jsonResponse(stub.body("error-service-unavailable.json"), 503)
                .withHeader("Retry-After", "30")));

        ProbeException failure = failure(stub.connector().probes().get("azure-postgres-flexible"), replica());

        assertThat(failure.failure()).isEqualTo(ProbeFailure.ERROR);
        assertThat(failure.getMessage()).isEqualTo("Azure answered 503 ServiceUnavailable: The server is currently unable to handle the request"
                + " due to a temporary overloading or maintenance of the server. Please retry the request later.; retry after 30s");
    }

    @Test
    void anExpiredAccessTokenIsAnAuthFailureThatSaysToSignInAgain() {
        stub.server.stubFor(get(urlPathEqualTo(REPLICA)).willReturn(jsonResponse(stub.body("error-expired-token.json"), 401)
                .withHeader("WWW-Authenticate", "Bearer authorization_uri=\"https://login.microsoftonline.com/2c5b1a9e-71f4-4d7b-8f0a-5e3c9d2b1a60\","
                        + " error=\"invalid_token\", error_description=\"The access token has expired.\"")));

        ProbeException failure = failure(stub.connector().probes().get("azure-postgres-flexible"), replica());

        assertThat(failure.failure()).isEqualTo(ProbeFailure.AUTH_FAILED);
        assertThat(failure.getMessage()).isEqualTo("Azure refused the credentials (401 ExpiredAuthenticationToken: The access token expiry"
                + " UTC time '5/20/2025 9:02:11 AM' is earlier than current UTC time '5/20/2025 10:02:14 AM'.); sign in again with az login");
    }

    @Test
    void aMissingRoleAssignmentIsAnAuthFailure() {
        stub.server.stubFor(get(urlPathEqualTo(REPLICA)).willReturn(jsonResponse(stub.body("error-authorization-failed.json"), 403)));

        ProbeException failure = failure(stub.connector().probes().get("azure-postgres-flexible"), replica());

        assertThat(failure.failure()).isEqualTo(ProbeFailure.AUTH_FAILED);
        assertThat(failure.getMessage()).startsWith("Azure denied access (403 AuthorizationFailed: The client 'dr-bot@aiworkflow.com'");
    }

    @Test
    void anExpiredSignInIsAnAuthFailureBeforeAnythingIsSent() {
        AzureConnector azure = stub.connector(Duration.ofSeconds(20), request -> Mono.error(new ClientAuthenticationException(
                "AzureCliCredential authentication unavailable. AADSTS700082: The refresh token has expired due to inactivity.", null)));

        ProbeException failure = failure(azure.probes().get("azure-postgres-flexible"), replica());

        assertThat(failure.failure()).isEqualTo(ProbeFailure.AUTH_FAILED);
        assertThat(failure.getMessage()).isEqualTo("Azure sign-in failed: AzureCliCredential authentication unavailable. AADSTS700082:"
                + " The refresh token has expired due to inactivity. (sign in again with az login)");
        assertThat(stub.server.getAllServeEvents()).isEmpty();
    }

    @Test
    void noCredentialAtAllIsAnAuthFailure() {
        AzureConnector azure = stub.connector(Duration.ofSeconds(20), request -> Mono.error(new CredentialUnavailableException(
                "DefaultAzureCredential failed to retrieve a token from the included credentials. AzureCliCredential: Please run 'az login'"
                        + " to set up account.")));

        ProbeException failure = failure(azure.probes().get("azure-dns-record"), AzureStub.resource("dns-api", "azure-dns-record",
                Map.of("resourceGroup", "ai-workflow-rg", "zone", "aiworkflow.com", "name", "api", "type", "A")));

        assertThat(failure.failure()).isEqualTo(ProbeFailure.AUTH_FAILED);
        assertThat(failure.getMessage()).contains("Please run 'az login' to set up account.");
    }

    @Test
    void aResponseSlowerThanTheCallTimeoutIsATimeout() {
        stub.server.stubFor(get(urlPathEqualTo(REPLICA)).willReturn(okJson(stub.body("pg-replica.json")).withFixedDelay(10_000)));
        AzureConnector azure = stub.connector(Duration.ofSeconds(1), AzureStub.TEST_TOKEN);

        ProbeException failure = failure(azure.probes().get("azure-postgres-flexible"), replica());

        assertThat(failure.failure()).isEqualTo(ProbeFailure.TIMEOUT);
        assertThat(failure.getMessage()).startsWith("Azure Resource Manager did not answer in time");
    }

    @Test
    void anEndpointNobodyListensOnIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        AzureConnector azure = new AzureConnector(AzureStub.optionsFor("https://127.0.0.1:" + closedPort, Duration.ofSeconds(5),
                AzureStub.TEST_TOKEN));

        ProbeException failure = failure(azure.probes().get("azure-postgres-flexible"), replica());

        assertThat(failure.failure()).isEqualTo(ProbeFailure.UNREACHABLE);
        assertThat(failure.getMessage()).isEqualTo("cannot reach Azure Resource Manager: connection refused");
    }

    @Test
    void aPlanThatOmitsTheResourceGroupIsToldWhichKeyIsMissing() {
        ProbeException failure = failure(stub.connector().probes().get("azure-postgres-flexible"),
                AzureStub.resource("db-dr", "azure-postgres-flexible", Map.of("name", "ai-workflow-db-dr")));

        assertThat(failure.failure()).isEqualTo(ProbeFailure.ERROR);
        assertThat(failure.getMessage()).isEqualTo("resource 'db-dr' (azure-postgres-flexible) needs observe.resourceGroup to be found in Azure");
    }

    @Test
    void withoutAnySubscriptionTheMessageSaysWhereToGiveOne() {
        AzureOptions options = AzureStub.optionsFor(stub.endpoint(), Duration.ofSeconds(5), AzureStub.TEST_TOKEN);
        AzureConnector azure = new AzureConnector(new AzureOptions(options.endpoint(), options.credential(), options.credentialWords(),
                options.httpClient(), Optional.empty(), options.pollInterval()));

        ProbeException failure = failure(azure.probes().get("azure-postgres-flexible"), replica());

        assertThat(failure.failure()).isEqualTo(ProbeFailure.ERROR);
        assertThat(failure.getMessage()).isEqualTo("no Azure subscription for resource 'db-dr': add observe.subscription to the plan,"
                + " set AZURE_SUBSCRIPTION_ID, or choose one with az account set");
    }

    @Test
    void aThrottledPromotionFailsWithAzuresWordsInsteadOfThrowing() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(REPLICA)).willReturn(okJson(stub.body("pg-replica.json"))));
        stub.server.stubFor(patch(urlPathEqualTo(REPLICA)).willReturn(jsonResponse(stub.body("error-throttled.json"), 429)
                .withHeader("Retry-After", "17")));

        ActionResult result = stub.connector().executors().get(ActionKey.of("database.promote", "azure-postgres-flexible"))
                .execute(new ActionRequest("database.promote", Optional.of(replica()), Optional.empty(), Map.of(), Duration.ofMinutes(1)));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).startsWith("database.promote on ai-workflow-db-dr failed: Azure is throttling requests (429"
                + " SubscriptionRequestsThrottled").endsWith("; retry after 17s");
    }

    @Test
    void aConnectionDroppedMidAnswerIsUnreachable() {
        stub.server.stubFor(get(urlPathEqualTo(REPLICA)).willReturn(aResponse().withFault(
                com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        ProbeException failure = failure(stub.connector().probes().get("azure-postgres-flexible"), replica());

        assertThat(failure.failure()).isEqualTo(ProbeFailure.UNREACHABLE);
        assertThat(failure.getMessage()).startsWith("the connection to Azure Resource Manager broke (");
    }

    private static ProbeException failure(Probe probe, Resource resource) {
        return catchThrowableOfType(ProbeException.class, () -> probe.observe(resource));
    }

    private static Resource replica() {
        return AzureStub.resource("db-dr", "azure-postgres-flexible", Map.of("resourceGroup", "ai-workflow-dr-rg", "name", "ai-workflow-db-dr"));
    }
}
