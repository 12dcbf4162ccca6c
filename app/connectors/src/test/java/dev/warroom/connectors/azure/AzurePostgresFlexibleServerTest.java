package dev.warroom.connectors.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
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
import dev.warroom.core.world.Reach;
import dev.warroom.core.world.ReplicationRole;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AzurePostgresFlexibleServerTest extends OnTheAzureStub {

    private static final String TYPE = "Microsoft.DBforPostgreSQL/flexibleServers";
    private static final String PRIMARY = arm("ai-workflow-rg", TYPE, "ai-workflow-db-prod");
    private static final String REPLICA = arm("ai-workflow-dr-rg", TYPE, "ai-workflow-db-dr");
    private static final String PROMOTE_BODY = "{\"properties\":{\"replica\":{\"promoteMode\":\"standalone\",\"promoteOption\":\"forced\"}}}";


    @Test
    void primaryReadsAsPrimaryWithItsGeoReplica() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(PRIMARY)).willReturn(okJson(stub.body("pg-primary.json"))));
        stub.server.stubFor(get(urlPathEqualTo(PRIMARY + "/replicas")).willReturn(okJson(stub.body("pg-replicas-of-primary.json"))));

        Observation seen = probe().observe(primary());

        assertThat(seen.role()).isEqualTo(ReplicationRole.PRIMARY);
        assertThat(seen.health()).isEqualTo(Health.UP);
        assertThat(seen.attributes()).containsEntry("role", "primary").containsEntry("state", "Ready")
                .containsEntry("replicationRole", "Primary")
                .containsEntry("replicas", "ai-workflow-db-dr (GeoAsyncReplica, Active)")
                .containsEntry("region", "East US");
        assertThat(seen.lag()).isEmpty();
    }

    @Test
    void geoReplicaReadsAsReplicaWithItsLinkAndLag() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(REPLICA)).willReturn(okJson(stub.body("pg-replica.json"))));
        stub.server.stubFor(get(urlPathEqualTo(REPLICA + "/providers/Microsoft.Insights/metrics"))
                .willReturn(okJson(stub.body("pg-replica-lag-metric.json"))));

        Observation seen = probe().observe(replica());

        assertThat(seen.role()).isEqualTo(ReplicationRole.REPLICA);
        assertThat(seen.health()).isEqualTo(Health.UP);
        assertThat(seen.attributes()).containsEntry("role", "replica").containsEntry("replicationRole", "GeoAsyncReplica")
                .containsEntry("link", "up").containsEntry("source", "ai-workflow-db-prod").containsEntry("lag", "3.0s");
        assertThat(seen.lag()).contains(Duration.ofSeconds(3));
    }

    @Test
    void replicaWhoseLagCannotBeReadStillShowsItsRole() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(REPLICA)).willReturn(okJson(stub.body("pg-replica.json"))));
        stub.server.stubFor(get(urlPathEqualTo(REPLICA + "/providers/Microsoft.Insights/metrics")).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.jsonResponse(stub.body("error-authorization-failed.json"), 403)));

        Observation seen = probe().observe(replica());

        assertThat(seen.role()).isEqualTo(ReplicationRole.REPLICA);
        assertThat(seen.lag()).isEmpty();
        assertThat(seen.attributes().get("lag")).startsWith("unknown (Azure denied access (403 AuthorizationFailed");
    }

    @Test
    void promoteFollowsTheLongRunningOperationAndTheReplicaThenReadsAsPrimary() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(REPLICA)).inScenario("promote").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(stub.body("pg-replica.json"))));
        stub.longRunning("promote", patch(urlPathEqualTo(REPLICA)).withRequestBody(equalToJson(PROMOTE_BODY)), "promoted", 2);
        stub.server.stubFor(get(urlPathEqualTo(REPLICA)).inScenario("promote").whenScenarioStateIs("promoted")
                .willReturn(okJson(stub.body("pg-replica-promoted.json"))));
        stub.server.stubFor(get(urlPathEqualTo(REPLICA + "/replicas")).willReturn(okJson("{\"value\":[]}")));

        ActionResult result = promote().execute(request(replica(), Map.of(), Duration.ofMinutes(2)));

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(result.detail()).contains("ai-workflow-db-dr promoted (forced): now primary");
        assertThat(result.outputs()).containsEntry("role", "primary").containsEntry("previousRole", "GeoAsyncReplica");
        stub.server.verify(1, patchRequestedFor(urlPathEqualTo(REPLICA)));
        Observation after = probe().observe(replica());
        assertThat(after.role()).isEqualTo(ReplicationRole.PRIMARY);
        assertThat(after.attributes()).containsEntry("replicas", "none");
    }

    @Test
    void promotingAServerThatIsAlreadyPrimaryChangesNothing() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(PRIMARY)).willReturn(okJson(stub.body("pg-primary.json"))));

        ActionResult result = promote().execute(request(primary(), Map.of(), Duration.ofMinutes(2)));

        assertThat(result.succeeded()).isTrue();
        assertThat(result.detail()).isEqualTo("ai-workflow-db-prod is already primary (Primary); nothing to promote");
        stub.server.verify(0, patchRequestedFor(anyUrl()));
    }

    @Test
    void promotionStillRunningAtTheStepTimeoutIsReportedAsNotFinished() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(REPLICA)).willReturn(okJson(stub.body("pg-replica.json"))));
        stub.neverFinishing(patch(urlPathEqualTo(REPLICA)), "stuck-promotion");

        ActionResult result = promote().execute(request(replica(), Map.of(), Duration.ofSeconds(2)));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).isEqualTo("the promotion of ai-workflow-db-dr did not finish within 2s: Azure reports it still in progress;"
                + " it goes on in Azure, watch its role on the board");
    }

    @Test
    void previewShowsTheExactRestCallAndTheCliWithoutCallingAzure() {
        ActionPreview preview = promote().preview(request(replica(), Map.of(), Duration.ofMinutes(10)));

        assertThat(preview.call()).isEqualTo("PATCH " + stub.endpoint() + REPLICA + "?api-version=2025-01-01-preview\n" + PROMOTE_BODY
                + "\naz postgres flexible-server replica promote --resource-group ai-workflow-dr-rg --name ai-workflow-db-dr"
                + " --promote-mode standalone --promote-option forced");
        assertThat(preview.summary()).isEqualTo("Promote ai-workflow-db-dr to a standalone, writable primary");
        assertThat(preview.changes()).anyMatch(c -> c.contains("changes not yet replayed on ai-workflow-db-dr are lost"));
        assertThat(preview.reach()).isEqualTo(Reach.DRILL_ENVIRONMENT);
        stub.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anUnknownPromoteModeIsRefusedBeforeAnyCall() throws Exception {
        ActionResult result = promote().execute(request(replica(), Map.of("mode", "gently"), Duration.ofMinutes(1)));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).isEqualTo("database.promote on ai-workflow-db-dr failed: database.promote mode 'gently' is not one"
                + " Azure knows: use forced or planned");
        stub.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void previewOfAPlannedPromotionSaysItWaitsForTheReplicaToCatchUp() {
        ActionPreview preview = promote().preview(request(replica(), Map.of("mode", "planned"), Duration.ofMinutes(10)));

        assertThat(preview.call()).contains("\"promoteOption\":\"planned\"").endsWith("--promote-option planned");
        assertThat(preview.changes()).contains("planned: Azure first waits for ai-workflow-db-dr to catch up with its primary");
    }

    private Probe probe() {
        return azure.probes().get("azure-postgres-flexible");
    }

    private ActionExecutor promote() {
        return azure.executors().get(ActionKey.of("database.promote", "azure-postgres-flexible"));
    }

    private static Resource primary() {
        return AzureStub.resource("db-prod", "azure-postgres-flexible", Map.of("resourceGroup", "ai-workflow-rg", "name", "ai-workflow-db-prod"));
    }

    private static Resource replica() {
        return AzureStub.resource("db-dr", "azure-postgres-flexible", Map.of("resourceGroup", "ai-workflow-dr-rg", "name", "ai-workflow-db-dr"));
    }

    static ActionRequest request(Resource target, Map<String, String> params, Duration timeout) {
        return new ActionRequest("database.promote", Optional.of(target), Optional.empty(), params, timeout);
    }
}
