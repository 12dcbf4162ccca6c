package dev.warroom.connectors.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.warroom.connectors.ActionKey;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AzureDnsRecordTest extends OnTheAzureStub {

    private static final String ZONE = "/subscriptions/" + AzureStub.SUBSCRIPTION
            + "/resourceGroups/ai-workflow-rg/providers/Microsoft.Network/dnsZones/aiworkflow.com";
    private static final String API_A = ZONE + "/A/api";
    private static final String UPDATE_BODY = "{\"properties\":{\"TTL\":60,\"ARecords\":[{\"ipv4Address\":\"51.105.22.9\"}]}}";


    @Test
    void aRecordReadsItsTargetAndTtl() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(API_A)).willReturn(okJson(stub.body("dns-a-record.json"))));

        Observation seen = probe().observe(record("api", "A"));

        assertThat(seen.health()).isEqualTo(Health.UP);
        assertThat(seen.attributes()).containsEntry("target", "20.62.14.7").containsEntry("ttl", "5m").containsEntry("type", "A")
                .containsEntry("fqdn", "api.aiworkflow.com");
    }

    @Test
    void withoutATypeTheProbeFindsTheCnameRecordSet() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(ZONE + "/A/www")).willReturn(jsonResponse(stub.body("error-not-found-record.json"), 404)));
        stub.server.stubFor(get(urlPathEqualTo(ZONE + "/CNAME/www")).willReturn(okJson(stub.body("dns-cname-record.json"))));

        Observation seen = probe().observe(record("www", null));

        assertThat(seen.attributes()).containsEntry("type", "CNAME").containsEntry("target", "ai-workflow-fd-h7cxa2bqgxe0c4dt.z01.azurefd.net")
                .containsEntry("ttl", "1h");
    }

    @Test
    void updatePatchesTheRecordSetGuardedByItsEtagAndTheProbeThenReadsTheNewTarget() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(API_A)).inScenario("dns").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(stub.body("dns-a-record.json"))));
        stub.server.stubFor(patch(urlPathEqualTo(API_A)).inScenario("dns")
                .withHeader("If-Match", equalTo("7f2a1c9e-4b3d-4e8a-a5f6-1d2c3b4a5e6f"))
                .withRequestBody(equalToJson(UPDATE_BODY))
                .willReturn(okJson(stub.body("dns-a-record-updated.json"))).willSetStateTo("updated"));
        stub.server.stubFor(get(urlPathEqualTo(API_A)).inScenario("dns").whenScenarioStateIs("updated")
                .willReturn(okJson(stub.body("dns-a-record-updated.json"))));

        ActionResult result = update().execute(request(Map.of("value", "51.105.22.9", "ttl", "60s")));

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(result.detail()).isEqualTo("api.aiworkflow.com (A) now answers 51.105.22.9 with TTL 1m (was 20.62.14.7);"
                + " resolvers that cached the old answer follow within 5m");
        assertThat(result.outputs()).containsEntry("value", "51.105.22.9").containsEntry("previousValue", "20.62.14.7")
                .containsEntry("ttl", "1m");
        Observation after = probe().observe(record("api", "A"));
        assertThat(after.attributes()).containsEntry("target", "51.105.22.9").containsEntry("ttl", "1m");
    }

    @Test
    void aChangeMadeMeanwhileBySomeoneElseIsRefusedNotOverwritten() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(API_A)).willReturn(okJson(stub.body("dns-a-record.json"))));
        stub.server.stubFor(patch(urlPathEqualTo(API_A)).willReturn(jsonResponse(stub.body("error-precondition-failed.json"), 412)));

        ActionResult result = update().execute(request(Map.of("value", "51.105.22.9")));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).isEqualTo("dns.update on api failed: Azure answered 412 PreconditionFailed:"
                + " The Record set api has been modified (etag mismatch).");
    }

    @Test
    void aHostNameForAnARecordIsRefusedBeforeAnyCall() throws Exception {
        ActionResult result = update().execute(request(Map.of("value", "ai-workflow-dr.westeurope.cloudapp.azure.com", "type", "A")));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).contains("an A record holds IPv4 addresses, and 'ai-workflow-dr.westeurope.cloudapp.azure.com' is not one"
                + " (it is a host name: use type CNAME)");
        stub.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRecordSetThatDoesNotExistIsNotCreated() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(API_A)).willReturn(jsonResponse(stub.body("error-not-found-record.json"), 404)));

        ActionResult result = update().execute(request(Map.of("value", "51.105.22.9")));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).endsWith("there is no A record set api.aiworkflow.com in resource group ai-workflow-rg;"
                + " WarRoom changes existing records only");
        stub.server.verify(0, patchRequestedFor(anyUrl()));
    }

    @Test
    void previewShowsTheExactPatchAndTheCliWithoutCallingAzure() {
        ActionPreview preview = update().preview(request(Map.of("value", "51.105.22.9", "ttl", "60s")));

        assertThat(preview.call()).isEqualTo("PATCH " + stub.endpoint() + API_A + "?api-version=2018-05-01\n"
                + "If-Match: <the record set's ETag, read just before>\n" + UPDATE_BODY + "\n"
                + "az network dns record-set a update --resource-group ai-workflow-rg --zone-name aiworkflow.com --name api"
                + " --set ttl=60 --set 'aRecords=[{\"ipv4Address\":\"51.105.22.9\"}]'");
        assertThat(preview.changes()).containsExactly(
                "api.aiworkflow.com (A) will answer 51.105.22.9 (it is read just before the change, to report what it was)",
                "TTL becomes 1m", "resolvers that cached the old answer keep it until the old TTL runs out");
        stub.server.verify(0, anyRequestedFor(anyUrl()));
    }

    private Probe probe() {
        return azure.probes().get("azure-dns-record");
    }

    private ActionExecutor update() {
        return azure.executors().get(ActionKey.of("dns.update", "azure-dns-record"));
    }

    private static Resource record(String name, String type) {
        Map<String, String> observe = new HashMap<>(Map.of("resourceGroup", "ai-workflow-rg", "zone", "aiworkflow.com", "name", name));
        if (type != null) {
            observe.put("type", type);
        }
        return AzureStub.resource("dns-" + name, "azure-dns-record", observe);
    }

    private static ActionRequest request(Map<String, String> params) {
        return new ActionRequest("dns.update", Optional.of(record("api", "A")), Optional.empty(), params, Duration.ofMinutes(1));
    }
}
