package dev.warroom.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Previews say what will change and give the exact call, built from the resource's observe keys. */
class ActionPreviewTest {

    private final Fixture f = new Fixture();

    private ActionPreview preview(ActionRequest request) {
        return f.world.executorFor(request.kind()).orElseThrow().preview(request);
    }

    @Test
    void promotingAnAzureReplicaShowsTheAzCommandAndTheDataAtRisk() {
        ActionPreview preview = preview(f.request("database.promote", "db-west", Map.of()));

        assertThat(preview.call()).isEqualTo("az postgres flexible-server replica promote --resource-group shop-west-rg --name shop-db-west");
        assertThat(preview.summary()).isEqualTo("Promote shop-db-west to a standalone, writable primary");
        assertThat(preview.changes()).anySatisfy(c -> assertThat(c).isEqualTo("db-west stops replicating from db-east and accepts writes as a primary"))
                .anySatisfy(c -> assertThat(c).startsWith("writes not yet replicated are lost: the current lag is "));
    }

    @Test
    void promotingAnRdsReplicaUsesItsRegionAndProfile() {
        assertThat(preview(f.request("database.promote", "rds-west", Map.of())).call())
                .isEqualTo("aws rds promote-read-replica --db-instance-identifier billing-west --region us-west-2 --profile shop-dr");
    }

    @Test
    void scalingShowsKubectlWithNamespaceAndContext() {
        ActionPreview preview = preview(f.request("k8s.scale", "api-west", Map.of("replicas", "12")));

        assertThat(preview.call()).isEqualTo("kubectl scale deployment api-gateway --replicas=12 -n shop-prod --context shop-aks-west");
        assertThat(preview.changes()).containsExactly("desired replicas of api-west: 0 → 12 (ready now: 0)",
                "above the plan's maxReplicas of 10: an autoscaler may scale it back");
    }

    @Test
    void aDnsUpdateSaysHowLongResolversKeepTheOldAnswerAndWhereTrafficGoes() {
        ActionPreview preview = preview(f.request("dns.update", "dns-api", Map.of("value", "api-west.example.com", "ttl", "60s")));

        assertThat(preview.call()).isEqualTo("az network dns record-set cname set-record --resource-group shop-dns-rg --zone-name example.com"
                + " --record-set-name api --cname api-west.example.com --ttl 60");
        assertThat(preview.changes()).containsExactly(
                "dns-api: api-east.example.com → api-west.example.com",
                "resolvers keep answering api-east.example.com for up to 5m (the old TTL)",
                "public traffic moves from east to west as resolvers pick up the change",
                "warning: west has nothing ready to serve yet (no ready pods or active deployment)");
    }

    @Test
    void aRoute53UpdateShowsTheChangeBatch() {
        assertThat(preview(f.request("dns.update", "dns-www", Map.of("value", "203.0.113.10"))).call())
                .isEqualTo("aws route53 change-resource-record-sets --hosted-zone-id Z123EXAMPLE --change-batch "
                        + "'{\"Changes\":[{\"Action\":\"UPSERT\",\"ResourceRecordSet\":{\"Name\":\"www.example.com\",\"Type\":\"A\",\"TTL\":60,"
                        + "\"ResourceRecords\":[{\"Value\":\"203.0.113.10\"}]}}]}'");
    }

    @Test
    void anIncompleteRequestIsExplainedInsteadOfPreviewed() {
        ActionPreview preview = preview(f.request("dns.update", "dns-api", Map.of()));

        assertThat(preview.summary()).endsWith("dns.update needs the parameter 'value'");
        assertThat(preview.changes()).isEmpty();
    }

    @Test
    void aTargetOfTheWrongKindIsExplained() {
        ActionPreview preview = preview(f.request("database.promote", "cache-west", Map.of()));

        assertThat(preview.summary()).contains("cannot act on cache-west: it is a azure-redis");
    }
}
