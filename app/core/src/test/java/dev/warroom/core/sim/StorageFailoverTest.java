package dev.warroom.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ReplicationRole;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorageFailoverTest {

    private final Fixture f = new Fixture();

    @Test
    void beforeAFailoverBothResourcesShowTheAccountsRegionsAndLastSyncTime() throws Exception {
        Observation account = f.observe("blob-east");

        assertThat(account.attributes()).containsEntry("primaryLocation", "eastus").containsEntry("secondaryLocation", "westus")
                .containsEntry("statusOfPrimary", "Available").containsEntry("statusOfSecondary", "Available")
                .containsEntry("redundancy", "GRS").containsKey("lastSyncTime");
        assertThat(f.observe("blob-west").attributes()).containsEntry("primaryLocation", "eastus");
    }

    @Test
    void anUnplannedFailoverMovesThePrimaryToTheSecondaryRegionAndLeavesTheAccountLocallyRedundant() throws Exception {
        f.inject(FaultKind.REGION_DOWN, "east");
        assertThat(f.observe("blob-west").attributes()).containsEntry("statusOfPrimary", "Unavailable");

        ActionResult accepted = f.run("storage.failover", "blob-west", Map.of());

        assertThat(accepted.succeeded()).as(accepted.detail()).isTrue();
        assertThat(accepted.detail()).contains("unplanned").contains("are lost").contains("LRS in westus");
        assertThat(f.observe("blob-west").attributes()).containsKey("failoverInProgress").containsEntry("primaryLocation", "eastus");

        f.advance(Duration.ofMinutes(4));
        Observation after = f.observe("blob-west");
        assertThat(after.role()).isEqualTo(ReplicationRole.PRIMARY);
        assertThat(after.attributes()).containsEntry("primaryLocation", "westus").containsEntry("secondaryLocation", "none")
                .containsEntry("statusOfPrimary", "Available").containsKey("lastFailover")
                .hasEntrySatisfying("redundancy", r -> assertThat(r).startsWith("LRS"));
    }

    @Test
    void aPlannedFailoverSwapsTheRegionsAndIsRefusedWhileThePrimaryIsDown() throws Exception {
        ActionResult planned = f.run("storage.failover", "blob-west", Map.of("failoverType", "Planned"));
        assertThat(planned.succeeded()).as(planned.detail()).isTrue();
        assertThat(planned.detail()).contains("no writes are lost");
        f.advance(Duration.ofMinutes(4));
        assertThat(f.observe("blob-east").attributes()).containsEntry("primaryLocation", "westus").containsEntry("secondaryLocation", "eastus")
                .containsEntry("redundancy", "GRS");

        Fixture down = new Fixture();
        down.inject(FaultKind.REGION_DOWN, "east");
        ActionResult refused = down.run("storage.failover", "blob-west", Map.of("failoverType", "planned"));
        assertThat(refused.succeeded()).isFalse();
        assertThat(refused.detail()).contains("needs the primary region available").contains("failoverType: unplanned");
    }

    @Test
    void theAccountsPrimaryOrAnUnknownTypeIsRefusedInWords() throws Exception {
        ActionResult primary = f.run("storage.failover", "blob-east", Map.of());
        assertThat(primary.succeeded()).isFalse();
        assertThat(primary.detail()).contains("blob-east is not the account's geo-secondary");

        ActionResult unknown = f.run("storage.failover", "blob-west", Map.of("failoverType", "forced"));
        assertThat(unknown.succeeded()).isFalse();
        assertThat(unknown.detail()).contains("'forced'").contains("planned or unplanned");
    }

    @Test
    void throttlingAndExpiredCredentialsRefuseItAsAzureWould() throws Exception {
        f.inject(FaultKind.API_THROTTLED, "blob-west");
        assertThat(f.run("storage.failover", "blob-west", Map.of()).detail()).contains("429 Too Many Requests");

        Fixture expired = new Fixture();
        expired.inject(FaultKind.CREDENTIALS_EXPIRED, "blob-west");
        assertThat(expired.run("storage.failover", "blob-west", Map.of()).detail()).contains("az login");
        expired.advance(Duration.ofMinutes(4));
        assertThat(expired.world.probeFor("azure-blob-storage").orElseThrow().observe(expired.resource("blob-east")).attributes())
                .as("nothing failed over").containsEntry("primaryLocation", "eastus");
    }

    @Test
    void thePreviewShowsTheAzureCliCallAndWhatIsLost() {
        ActionPreview preview = f.world.executorFor("storage.failover").orElseThrow()
                .preview(f.request("storage.failover", "blob-west", Map.of()));

        assertThat(preview.call()).startsWith("az storage account failover --name shopuploadswest");
        assertThat(String.join("\n", preview.changes())).contains("from eastus to westus").contains("writes after the last sync are lost")
                .contains("LRS");
    }
}
