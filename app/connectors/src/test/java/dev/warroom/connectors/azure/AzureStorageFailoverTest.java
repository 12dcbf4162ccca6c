package dev.warroom.connectors.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.warroom.connectors.azure.AzureStub.arm;
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
import dev.warroom.core.world.ReplicationRole;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AzureStorageFailoverTest extends OnTheAzureStub {

    private static final String ACCOUNT = arm("ai-workflow-rg", "Microsoft.Storage/storageAccounts", "aiworkflowbackup");

    @Test
    void theAccountReadsWithItsRegionsTheirStatusAndTheLastSyncTime() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(ACCOUNT)).withQueryParam("$expand", equalTo("geoReplicationStats"))
                .willReturn(okJson(stub.body("storage-account-grs.json"))));

        Observation primary = probe().observe(account("blob-prod", "eastus"));
        Observation geoCopy = probe().observe(account("blob-geo", "westus"));

        assertThat(primary.role()).isEqualTo(ReplicationRole.PRIMARY);
        assertThat(primary.health()).isEqualTo(Health.UP);
        assertThat(primary.attributes()).containsEntry("primaryLocation", "eastus").containsEntry("statusOfPrimary", "available")
                .containsEntry("secondaryLocation", "westus").containsEntry("statusOfSecondary", "available")
                .containsEntry("geoReplication", "Live").containsEntry("sku", "Standard_GRS")
                .hasEntrySatisfying("lastSyncTime", s -> assertThat(s).startsWith("2025-05-20T10:01:49Z ("));
        assertThat(geoCopy.role()).isEqualTo(ReplicationRole.REPLICA);
        assertThat(geoCopy.lag()).as("the time since the last sync").hasValueSatisfying(lag -> assertThat(lag).isPositive());
    }

    @Test
    void withoutARegionTheResourceThatReplicatesStandsForTheSecondary() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(ACCOUNT)).willReturn(okJson(stub.body("storage-account-grs.json"))));
        Map<String, String> noRegion = Map.of("resourceGroup", "ai-workflow-rg", "name", "aiworkflowbackup");

        Observation geoCopy = probe().observe(new Resource("blob-dr", "azure-blob-storage", "blob-dr", null, null, "blob-prod", noRegion, Map.of()));
        Observation primary = probe().observe(AzureStub.resource("blob-prod", "azure-blob-storage", noRegion));

        assertThat(geoCopy.role()).isEqualTo(ReplicationRole.REPLICA);
        assertThat(primary.role()).isEqualTo(ReplicationRole.PRIMARY);
    }

    @Test
    void aPrimaryRegionOutageShowsThePrimaryUnavailable() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(ACCOUNT)).willReturn(okJson(stub.body("storage-account-primary-down.json"))));

        assertThat(probe().observe(account("blob-prod", "eastus")).health()).isEqualTo(Health.DOWN);
        Observation geoCopy = probe().observe(account("blob-geo", "westus"));
        assertThat(geoCopy.health()).isEqualTo(Health.DEGRADED);
        assertThat(geoCopy.attributes()).containsEntry("statusOfPrimary", "unavailable").containsEntry("geoReplication", "Unavailable");
    }

    @Test
    void anUnplannedFailoverIsPostedFollowedToTheEndAndTheSecondaryThenReadsAsTheLocallyRedundantPrimary() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(ACCOUNT)).inScenario("failover").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(stub.body("storage-account-primary-down.json"))));
        stub.longRunning("failover", post(urlPathEqualTo(ACCOUNT + "/failover")), "failed-over", 2);
        stub.server.stubFor(get(urlPathEqualTo(ACCOUNT)).inScenario("failover").whenScenarioStateIs("failed-over")
                .willReturn(okJson(stub.body("storage-account-failed-over.json"))));

        ActionResult result = failover().execute(request(account("blob-geo", "westus"), Map.of()));

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(result.detail()).startsWith("aiworkflowbackup failed over (unplanned) from eastus to westus; writes after the last sync"
                + " (2025-05-20T09:58:02Z").endsWith(") are lost and the account is now LRS in westus");
        assertThat(result.outputs()).containsEntry("primaryLocation", "westus").containsEntry("formerPrimary", "eastus");
        stub.server.verify(1, postRequestedFor(urlPathEqualTo(ACCOUNT + "/failover")).withQueryParam("api-version", equalTo("2024-01-01"))
                .withQueryParam("failoverType", absent()));
        Observation after = probe().observe(account("blob-geo", "westus"));
        assertThat(after.role()).as("the primary is where the geo-copy was, with no secondary").isEqualTo(ReplicationRole.STANDALONE);
        assertThat(after.attributes()).containsEntry("primaryLocation", "westus").containsEntry("secondaryLocation", "none")
                .containsEntry("sku", "Standard_LRS").containsEntry("lastFailover", "2025-05-20T10:41:12Z");
        assertThat(probe().observe(account("blob-prod", "eastus")).role()).isEqualTo(ReplicationRole.NONE);
    }

    @Test
    void aPlannedFailoverSaysSoOnTheWire() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(ACCOUNT)).willReturn(okJson(stub.body("storage-account-grs.json"))));
        stub.longRunning("planned", post(urlPathEqualTo(ACCOUNT + "/failover")), "done", 1);

        ActionResult result = failover().execute(request(account("blob-geo", "westus"), Map.of("failoverType", "planned")));

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(result.detail()).isEqualTo("aiworkflowbackup failed over (planned) from eastus to westus; nothing was lost and eastus"
                + " is now its secondary");
        stub.server.verify(1, postRequestedFor(urlPathEqualTo(ACCOUNT + "/failover")).withQueryParam("failoverType", equalTo("Planned")));
    }

    @Test
    void throttlingIsReportedWithAzuresWordsAndWhenToRetry() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(ACCOUNT)).willReturn(okJson(stub.body("storage-account-grs.json"))));
        stub.server.stubFor(post(urlPathEqualTo(ACCOUNT + "/failover"))
                .willReturn(jsonResponse(stub.body("error-throttled.json"), 429).withHeader("Retry-After", "17")));

        ActionResult result = failover().execute(request(account("blob-geo", "westus"), Map.of()));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).startsWith("storage.failover on aiworkflowbackup failed: Azure is throttling requests (429 SubscriptionRequestsThrottled")
                .contains("retry after 17s");
    }

    @Test
    void aMissingRoleIsRefusedInWordsNamingTheFailoverPermission() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(ACCOUNT)).willReturn(okJson(stub.body("storage-account-grs.json"))));
        stub.server.stubFor(post(urlPathEqualTo(ACCOUNT + "/failover"))
                .willReturn(jsonResponse(stub.body("error-storage-failover-denied.json"), 403)));

        ActionResult result = failover().execute(request(account("blob-geo", "westus"), Map.of()));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).startsWith("storage.failover on aiworkflowbackup failed: Azure denied access (403 AuthorizationFailed:")
                .contains("'Microsoft.Storage/storageAccounts/failover/action'");
    }

    @Test
    void anAccountAlreadyPrimaryInTheTargetsRegionIsLeftAlone() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(ACCOUNT)).willReturn(okJson(stub.body("storage-account-failed-over.json"))));

        ActionResult result = failover().execute(request(account("blob-geo", "westus"), Map.of()));

        assertThat(result.succeeded()).isTrue();
        assertThat(result.detail()).isEqualTo("aiworkflowbackup's primary is already in westus; nothing to fail over");
        stub.server.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void anUnknownFailoverTypeIsRefusedBeforeAnythingIsSent() throws Exception {
        ActionResult result = failover().execute(request(account("blob-geo", "westus"), Map.of("failoverType", "forced")));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).isEqualTo("storage.failover on aiworkflowbackup failed: storage.failover's failoverType is 'forced':"
                + " it must be planned or unplanned");
        stub.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void previewNamesTheFailoverCallWithoutCallingAzure() {
        ActionPreview preview = failover().preview(request(account("blob-geo", "westus"), Map.of("failoverType", "Planned")));

        assertThat(preview.call()).isEqualTo("POST " + stub.endpoint() + ACCOUNT + "/failover?api-version=2024-01-01&failoverType=Planned\n"
                + "az storage account failover --name aiworkflowbackup --resource-group ai-workflow-rg --failover-type Planned --yes");
        assertThat(String.join("\n", preview.changes())).contains("secondary region (westus) becomes its primary").contains("nothing is lost");
        assertThat(failover().preview(request(account("blob-geo", "westus"), Map.of())).changes())
                .anyMatch(c -> c.contains("left LRS in the new primary region"));
        stub.server.verify(0, anyRequestedFor(anyUrl()));
    }

    private Probe probe() {
        return azure.probes().get("azure-blob-storage");
    }

    private ActionExecutor failover() {
        return azure.executors().get(ActionKey.of("storage.failover", "azure-blob-storage"));
    }

    private static Resource account(String id, String region) {
        return AzureStub.resource(id, "azure-blob-storage", Map.of("resourceGroup", "ai-workflow-rg", "name", "aiworkflowbackup",
                "region", region));
    }

    private static ActionRequest request(Resource target, Map<String, String> params) {
        return new ActionRequest("storage.failover", Optional.of(target), Optional.empty(), params, Duration.ofMinutes(2));
    }
}
