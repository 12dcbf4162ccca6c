package dev.warroom.importer.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.catalog.ActionKind;
import dev.warroom.core.plan.catalog.ActionKinds;
import dev.warroom.core.plan.catalog.ResourceKind;
import dev.warroom.core.plan.catalog.ResourceKinds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whatever the recognizer proposes is something a plan can hold: a known action kind on a target kind it accepts,
 * with every required param and no unknown one, and a resource with its kind's required observe keys and no other.
 */
class RecognizedCommandsFitTheCatalogTest {

    private static final List<String> SAMPLES = List.of(
            "az postgres flexible-server replica promote -g rg -n db",
            "aws rds promote-read-replica --db-instance-identifier db --region us-west-2 --profile dr",
            "az redis server-link delete --name a -g rg --linked-server-name b",
            "aws elasticache failover-global-replication-group --global-replication-group-id g --primary-region r --primary-replication-group-id p",
            "aws elasticache test-failover --replication-group-id p --node-group-id 0001 --region r",
            "az storage account failover --name acct -g rg --failover-type Unplanned",
            "kubectl scale deployment/web --replicas=$N -n shop --context c",
            "kubectl apply -f x.yaml --context c -n shop",
            "kubectl config use-context c",
            "az aks get-credentials -g rg -n aks --subscription sub",
            "aws eks update-kubeconfig --name e --region r --alias e",
            "az network dns record-set cname set-record -g rg -z example.com -n www -c dr.example.net --ttl 60",
            "aws route53 change-resource-record-sets --hosted-zone-id Z --change-batch '{\"Changes\":[{\"Action\":\"UPSERT\",\"ResourceRecordSet\":"
                    + "{\"Name\":\"a.example.com\",\"Type\":\"CNAME\",\"TTL\":60,\"ResourceRecords\":[{\"Value\":\"b.example.com\"}]}}]}'",
            "az network front-door backend-pool backend update --front-door-name fd -g rg --address dr.example.com",
            "curl -f https://example.com/health",
            "psql postgresql://u@h:5433/d -c 'SELECT 1'",
            "psql -h h -c 'SELECT pg_promote()'",
            "redis-cli -h h REPLICAOF NO ONE");

    @Test
    void everyProposalFitsTheCatalogs() throws IOException {
        List<String> commands = new ArrayList<>(SAMPLES);
        for (String seed : List.of("000", "002", "003", "004")) {
            commands.addAll(SeedCommands.of(SeedCommands.seed(seed)));
        }
        CommandRecognizer recognizer = new ShellCommandRecognizer();
        int targeted = 0;
        for (String command : commands) {
            var recognized = recognizer.recognize(command);
            if (recognized.isEmpty()) {
                continue;
            }
            RecognizedCommand action = recognized.get();
            ActionKind kind = ActionKinds.find(action.actionKind()).orElseThrow();
            assertThat(action.params().keySet()).as(command).allSatisfy(p -> assertThat(kind.allowsParam(p)).as(p).isTrue());
            assertThat(action.destructive()).isEqualTo(kind.inherentlyDestructive());
            action.parameters().forEach(p -> assertThat(action.params().values()).contains("{{" + p.id() + "}}"));
            if (action.target().isEmpty()) {
                continue;
            }
            targeted++;
            assertThat(action.params().keySet()).as(command).containsAll(kind.requiredParams());
            ProposedResource resource = action.target().get();
            assertThat(kind.targetKinds()).as(command).contains(resource.kind());
            ResourceKind resourceKind = ResourceKinds.find(resource.kind()).orElseThrow();
            assertThat(resource.observe().keySet()).as(command).containsAll(resourceKind.requiredObserve())
                    .allSatisfy(key -> assertThat(resourceKind.allowsObserveKey(key)).as(key).isTrue());
            assertThat(resource.id()).matches("^[a-z0-9][a-z0-9-]*$");
            if (kind.inherentlyDestructive()) {
                assertThat(recognizer.looksDestructive(command)).as(command).isTrue();
            }
        }
        assertThat(targeted).isGreaterThanOrEqualTo(SAMPLES.size());
    }
}
