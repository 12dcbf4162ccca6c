package dev.warroom.connectors.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
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

class AzureRedisGeoReplicationTest extends OnTheAzureStub {

    private static final String DR = arm("ai-workflow-dr-rg", "Microsoft.Cache/redis", "ai-workflow-redis-dr");
    private static final String PROD = arm("ai-workflow-rg", "Microsoft.Cache/redis", "ai-workflow-redis-prod");


    @Test
    void theGeoSecondaryReadsAsReplicaWithItsLinkUp() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(DR)).willReturn(okJson(stub.body("redis-dr.json"))));
        stub.server.stubFor(get(urlPathEqualTo(DR + "/linkedServers")).willReturn(okJson(stub.body("redis-dr-links.json"))));

        Observation seen = probe().observe(drCache());

        assertThat(seen.role()).isEqualTo(ReplicationRole.REPLICA);
        assertThat(seen.health()).isEqualTo(Health.UP);
        assertThat(seen.attributes()).containsEntry("role", "replica").containsEntry("link", "up (secondary of ai-workflow-redis-prod, East US)")
                .containsEntry("state", "Succeeded").containsEntry("region", "West Europe");
    }

    @Test
    void theGeoPrimaryReadsAsPrimary() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(PROD)).willReturn(okJson(stub.body("redis-prod.json"))));
        stub.server.stubFor(get(urlPathEqualTo(PROD + "/linkedServers")).willReturn(okJson(stub.body("redis-prod-links.json"))));

        Observation seen = probe().observe(AzureStub.resource("redis-prod", "azure-redis",
                Map.of("resourceGroup", "ai-workflow-rg", "name", "ai-workflow-redis-prod")));

        assertThat(seen.role()).isEqualTo(ReplicationRole.PRIMARY);
        assertThat(seen.attributes()).containsEntry("link", "up (primary of ai-workflow-redis-dr, West Europe)");
    }

    @Test
    void promoteUnlinksTheSecondaryOnThePrimarysSideAndItThenReadsStandalone() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(DR)).willReturn(okJson(stub.body("redis-dr.json"))));
        stub.server.stubFor(get(urlPathEqualTo(DR + "/linkedServers")).inScenario("unlink").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(stub.body("redis-dr-links.json"))));
        stub.longRunning("unlink", delete(urlPathEqualTo(PROD + "/linkedServers/ai-workflow-redis-dr")), "unlinked", 1);
        stub.server.stubFor(get(urlPathEqualTo(DR + "/linkedServers")).inScenario("unlink").whenScenarioStateIs("unlinked")
                .willReturn(okJson("{\"value\":[]}")));

        ActionResult result = promote().execute(request(drCache()));

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(result.detail()).isEqualTo("ai-workflow-redis-dr is unlinked from ai-workflow-redis-prod and now takes writes as a standalone cache");
        stub.server.verify(1, deleteRequestedFor(urlPathEqualTo(PROD + "/linkedServers/ai-workflow-redis-dr")));
        Observation after = probe().observe(drCache());
        assertThat(after.role()).isEqualTo(ReplicationRole.STANDALONE);
        assertThat(after.attributes()).containsEntry("link", "none");
    }

    @Test
    void promotingACacheWithoutALinkChangesNothing() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(DR + "/linkedServers")).willReturn(okJson("{\"value\":[]}")));

        ActionResult result = promote().execute(request(drCache()));

        assertThat(result.succeeded()).isTrue();
        assertThat(result.detail()).isEqualTo("ai-workflow-redis-dr is already standalone; it takes writes, nothing to unlink");
        stub.server.verify(0, deleteRequestedFor(anyUrl()));
    }

    @Test
    void previewNamesTheUnlinkCallWithoutCallingAzure() {
        ActionPreview preview = promote().preview(request(drCache()));

        assertThat(preview.call()).isEqualTo("DELETE " + stub.endpoint() + "/subscriptions/" + AzureStub.SUBSCRIPTION
                + "/resourceGroups/<primary resource group>/providers/Microsoft.Cache/redis/<primary>/linkedServers/ai-workflow-redis-dr"
                + "?api-version=2024-11-01\n"
                + "az redis server-link delete --resource-group '<primary resource group>' --name '<primary>'"
                + " --linked-server-name ai-workflow-redis-dr");
        assertThat(preview.changes()).contains("ai-workflow-redis-dr becomes a standalone cache that takes writes;"
                + " writes not yet replicated to it are lost");
        stub.server.verify(0, anyRequestedFor(anyUrl()));
    }

    private Probe probe() {
        return azure.probes().get("azure-redis");
    }

    private ActionExecutor promote() {
        return azure.executors().get(ActionKey.of("cache.promote", "azure-redis"));
    }

    private static Resource drCache() {
        return AzureStub.resource("redis-dr", "azure-redis", Map.of("resourceGroup", "ai-workflow-dr-rg", "name", "ai-workflow-redis-dr"));
    }

    private static ActionRequest request(Resource target) {
        return new ActionRequest("cache.promote", Optional.of(target), Optional.empty(), Map.of(), Duration.ofMinutes(2));
    }
}
