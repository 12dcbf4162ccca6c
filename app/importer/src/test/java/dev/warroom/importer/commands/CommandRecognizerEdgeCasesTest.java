package dev.warroom.importer.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandRecognizerEdgeCasesTest {

    private final CommandRecognizer recognizer = new ShellCommandRecognizer();

    private String outcome(String command) {
        return Outcomes.describe(recognizer.recognize(command));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "az postgres flexible-server replica promote --resource-group rg-dr --name db-dr",
        "az postgres flexible-server replica promote --name db-dr --resource-group rg-dr",
        "az postgres flexible-server replica promote -n db-dr -g rg-dr",
        "az postgres flexible-server replica promote --name=db-dr --resource-group=rg-dr",
        "az postgres flexible-server replica promote \\\n  --resource-group \"rg-dr\" \\   \n  --name 'db-dr'",
        "sudo az postgres flexible-server replica promote -g rg-dr -n db-dr --yes  # promote it",
        "echo promoting; az postgres flexible-server replica promote -g rg-dr -n db-dr && sleep 120",
    })
    void flagsInAnyOrderQuotedEqualsOrContinuedGiveTheSameAction(String command) {
        assertThat(outcome(command)).isEqualTo(
                "database.promote -> azure-postgres-flexible azure-pg-db-dr {name=db-dr, resourceGroup=rg-dr}");
        assertThat(recognizer.looksDestructive(command)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "az postgres flexible-server replica promote -g $RESOURCE_GROUP -n db-dr",
        "az postgres flexible-server replica promote -g rg-dr -n ${DB_NAME}",
        "az postgres flexible-server replica promote -g rg-dr -n <server-name>",
        "az postgres flexible-server replica promote -g rg-dr -n $(terraform output -raw db_name)",
        "az postgres flexible-server replica promote -g rg-dr",
    })
    void aResourceNamedByAPlaceholderIsNotCreated(String command) {
        assertThat(outcome(command)).isEqualTo("database.promote -> no target");
        assertThat(recognizer.recognize(command).orElseThrow().actionable()).isFalse();
    }

    @Test
    void anAwsRdsReplicaNeedsItsRegion() {
        assertThat(outcome("aws rds promote-read-replica --region us-west-2 --db-instance-identifier chatops-dr-replica"))
                .isEqualTo("database.promote -> aws-rds rds-chatops-dr-replica {instance=chatops-dr-replica, region=us-west-2}");
        assertThat(outcome("aws rds promote-read-replica --db-instance-identifier=chatops-dr-replica --region=us-west-2 --profile dr"))
                .isEqualTo("database.promote -> aws-rds rds-chatops-dr-replica {instance=chatops-dr-replica, profile=dr, region=us-west-2}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kubectl scale deployment/api --replicas=4 -n shop --context prod-east | k8s.scale -> k8s-deployment deploy-api-shop-prod-east {context=prod-east, name=api, namespace=shop} {replicas=4}",
        "kubectl --context=prod-east -n shop scale deploy api --replicas 4 | k8s.scale -> k8s-deployment deploy-api-shop-prod-east {context=prod-east, name=api, namespace=shop} {replicas=4}",
        "kubectl scale --replicas=4 deployments/api --namespace=shop --context=prod-east | k8s.scale -> k8s-deployment deploy-api-shop-prod-east {context=prod-east, name=api, namespace=shop} {replicas=4}",
        "kubectl scale deployment/api --replicas=2 --context prod-east | k8s.scale -> k8s-deployment deploy-api-default-prod-east {context=prod-east, name=api, namespace=default} {replicas=2}",
        "kubectl scale deployment/api --replicas=$REPLICAS --context prod-east | k8s.scale -> k8s-deployment deploy-api-default-prod-east {context=prod-east, name=api, namespace=default} {replicas={{replicas}}}",
        "kubectl scale deployment/api --replicas=3 | k8s.scale -> no target {replicas=3}",
        "kubectl scale statefulset/db --replicas=3 --context prod-east | manual",
        "kubectl apply -f app.yaml | k8s.apply -> no target {manifest=app.yaml}",
        "kubectl apply -f app.yaml --context prod-east -n shop | k8s.apply -> k8s-cluster k8s-prod-east {context=prod-east} {manifest=app.yaml, namespace=shop}",
        "kubectl apply -k overlays/prod --context prod-east | manual",
        "kubectl config use-context prod-west | k8s.use-context -> k8s-cluster k8s-prod-west {context=prod-west}",
        "aws eks update-kubeconfig --region us-west-2 --name shop-dr --alias shop-dr | k8s.use-context -> eks-cluster eks-shop-dr {context=shop-dr, name=shop-dr, region=us-west-2}",
    })
    void kubectlForms(String command, String expected) {
        assertThat(outcome(command)).isEqualTo(expected);
    }

    @Test
    void laterKubectlCommandsActInTheContextAnEarlierCommandSelected() {
        recognizer.recognize("az aks get-credentials -g rg-dr -n aks-dr --overwrite-existing");
        assertThat(outcome("kubectl scale deployment web --replicas=3 -n shop"))
                .isEqualTo("k8s.scale -> k8s-deployment deploy-web-shop-aks-dr {context=aks-dr, name=web, namespace=shop} {replicas=3}");
        assertThat(outcome("kubectl apply -f web.yaml"))
                .isEqualTo("k8s.apply -> aks-cluster aks-aks-dr {context=aks-dr, name=aks-dr, resourceGroup=rg-dr} {manifest=web.yaml}");
        recognizer.recognize("kubectl config use-context prod-west");
        assertThat(outcome("kubectl scale deployment web --replicas=1 -n shop"))
                .isEqualTo("k8s.scale -> k8s-deployment deploy-web-shop-prod-west {context=prod-west, name=web, namespace=shop} {replicas=1}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "az network dns record-set a add-record -g rg -z example.com -n api -a 20.50.1.10 | dns.update -> azure-dns-record dns-api-example-com {name=api, resourceGroup=rg, type=A, zone=example.com} {type=A, value=20.50.1.10}",
        "az network dns record-set cname set-record --resource-group rg --zone-name example.com --record-set-name www --cname dr.example.net | dns.update -> azure-dns-record dns-www-example-com {name=www, resourceGroup=rg, type=CNAME, zone=example.com} {type=CNAME, value=dr.example.net}",
        "az network dns record-set a update -g rg -z example.com -n api --set aRecords[0].ipv4Address=$DR_IP | dns.update -> azure-dns-record dns-api-example-com {name=api, resourceGroup=rg, type=A, zone=example.com} {type=A, value={{dr-ip}}}",
        "az network dns record-set a show -g rg -z example.com -n api | manual",
        "az storage account failover --name shopdata -g rg --failover-type Planned --yes | storage.failover -> azure-blob-storage storage-shopdata {name=shopdata, resourceGroup=rg} {failoverType=planned}",
        "az redis server-link delete --name cache-east -g rg --linked-server-name cache-west | cache.promote -> azure-redis azure-redis-cache-west {name=cache-west, resourceGroup=rg}",
        "aws elasticache failover-global-replication-group --global-replication-group-id g1 --primary-region us-west-2 --primary-replication-group-id shop-west | cache.promote -> aws-elasticache elasticache-shop-west {region=us-west-2, replicationGroup=shop-west}",
        "aws elasticache test-failover --replication-group-id shop --node-group-id 0001 --region us-east-1 | cache.promote -> aws-elasticache elasticache-shop {region=us-east-1, replicationGroup=shop}",
        "curl -fsS https://shop.example.com/healthz | http.check -> http-health health-shop-example-com-healthz {url=https://shop.example.com/healthz}",
        "curl --fail --max-time 5 'https://shop.example.com/api/health' | http.check -> http-health health-shop-example-com-api-health {url=https://shop.example.com/api/health}",
        "curl -f https://shop.example.com/orders | manual",
        "curl -X POST -f https://shop.example.com/health | manual",
        "curl -f $HEALTH_URL/health | http.check -> no target",
        "psql postgresql://app@db.example.com:6432/shop -c 'SELECT 1' | sql.check -> postgres postgres-db-shop {database=shop, host=db.example.com, port=6432, user=app} {query=SELECT 1}",
        "psql -h db.example.com -d shop -c \"DELETE FROM carts\" | manual",
        "psql -h db.example.com -d shop -c \"SELECT 'drop table' AS words\" | sql.check -> postgres postgres-db-shop {database=shop, host=db.example.com, port=5432} {query=SELECT 'drop table' AS words}",
        "psql -h $PGHOST -d shop -c 'SELECT 1' | sql.check -> no target {query=SELECT 1}",
        "psql -h db-west.example.com -U postgres -c 'SELECT pg_promote();' | database.promote -> postgres postgres-db-west-postgres {database=postgres, host=db-west.example.com, port=5432, user=postgres}",
        "redis-cli -h cache-west -p 6380 REPLICAOF NO ONE | cache.promote -> redis redis-cache-west-6380 {host=cache-west, port=6380}",
        "redis-cli -h cache-west slaveof no one | cache.promote -> redis redis-cache-west-6379 {host=cache-west, port=6379}",
        "redis-cli -h cache-west INFO replication | manual",
    })
    void cloudAndProbeForms(String command, String expected) {
        assertThat(outcome(command)).isEqualTo(expected);
    }

    @Test
    void route53ChangesReadTheInlineBatchOrTheFileAHereDocumentWrote() {
        String inline = "aws route53 change-resource-record-sets --hosted-zone-id Z123 --change-batch "
                + "'{\"Changes\":[{\"Action\":\"UPSERT\",\"ResourceRecordSet\":{\"Name\":\"api.shop.example.com.\",\"Type\":\"A\",\"TTL\":60,"
                + "\"ResourceRecords\":[{\"Value\":\"20.50.1.10\"}]}}]}'";
        String expected = "dns.update -> route53-record route53-api-shop-example-com {name=api.shop.example.com, type=A, zone=shop.example.com, "
                + "zoneId=Z123} {ttl=60s, type=A, value=20.50.1.10}";
        assertThat(outcome(inline)).isEqualTo(expected);

        CommandRecognizer fresh = new ShellCommandRecognizer();
        fresh.recognize("cat > /tmp/change.json <<EOF\n{\"Changes\":[{\"Action\":\"UPSERT\",\"ResourceRecordSet\":{\"Name\":\"api.shop.example.com\","
                + "\"Type\":\"A\",\"TTL\":60,\"ResourceRecords\":[{\"Value\":\"20.50.1.10\"}]}}]}\nEOF");
        assertThat(Outcomes.describe(fresh.recognize(
                "aws route53 change-resource-record-sets --hosted-zone-id /hostedzone/Z123 --change-batch file:///tmp/change.json")))
                .isEqualTo(expected);
        assertThat(Outcomes.describe(new ShellCommandRecognizer().recognize(
                "aws route53 change-resource-record-sets --hosted-zone-id Z123 --change-batch file://unknown.json")))
                .isEqualTo("dns.update -> no target");
        assertThat(recognizer.looksDestructive(inline)).isTrue();
    }

    @Test
    void placeholderValuesBecomeProcedureParameters() {
        RecognizedCommand dns = recognizer.recognize(
                "az network dns record-set a update -g rg -z example.com -n api --set aRecords[0].ipv4Address=$(kubectl get svc lb -o jsonpath='{.ip}')")
                .orElseThrow();
        assertThat(dns.params()).containsEntry("value", "{{api-value}}");
        assertThat(dns.parameters()).containsExactly(
                new CommandParameter("api-value", "$(kubectl get svc lb -o jsonpath='{.ip}')"));
        assertThat(dns.destructive()).isTrue();
    }

    @Test
    void variablesTheScriptSetsStandForTheirValues() {
        assertThat(outcome("RG=shop-dr-rg\nexport DB=\"shop-db-dr\"\naz postgres flexible-server replica promote -g $RG -n ${DB}"))
                .isEqualTo("database.promote -> azure-postgres-flexible azure-pg-shop-db-dr {name=shop-db-dr, resourceGroup=shop-dr-rg}");
        assertThat(outcome("export AWS_REGION=us-west-2\naws rds promote-read-replica --db-instance-identifier chatops-dr-replica"))
                .isEqualTo("database.promote -> aws-rds rds-chatops-dr-replica {instance=chatops-dr-replica, region=us-west-2}");
        assertThat(outcome("DB=$(terraform output -raw db)\naz postgres flexible-server replica promote -g rg -n $DB"))
                .isEqualTo("database.promote -> no target");
    }

    @Test
    void aFunctionWrappingOneCommandIsThatCommand() {
        assertThat(outcome("check_primary_status() {\n    curl -f https://api.example.com/health || return 1\n}"))
                .isEqualTo("http.check -> http-health health-api-example-com-health {url=https://api.example.com/health}");
    }

    @Test
    void twoWorkingCommandsInOneStepLeaveItManual() {
        assertThat(recognizer.recognize("kubectl scale deployment/a --replicas=1 --context c\nkubectl scale deployment/b --replicas=1 --context c"))
                .isEmpty();
        assertThat(recognizer.recognize("az aks get-credentials -g rg -n aks\nkubectl get nodes")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "rm -rf /var/lib/postgresql/data",
        "rm -r -f backups/",
        "terraform destroy -auto-approve",
        "terraform apply -destroy",
        "kubectl delete namespace shop",
        "kubectl -n shop delete pod web-0 --grace-period=0",
        "kubectl scale deployment web --replicas=0",
        "kubectl scale deployment web --replicas 0 -n shop",
        "psql -c 'DROP TABLE carts'",
        "TRUNCATE TABLE sessions;",
        "DELETE FROM sessions WHERE expired;",
        "git push --force",
        "helm uninstall shop",
        "redis-cli -h cache FLUSHALL",
        "redis-cli -h cache-west REPLICAOF NO ONE",
        "aws rds delete-db-instance --db-instance-identifier old",
        "aws rds failover-db-cluster --db-cluster-identifier shop",
        "az network dns record-set a remove-record -g rg -z example.com -n api -a 1.2.3.4",
        "az network traffic-manager endpoint update -g rg --profile-name tm -n east --type azureEndpoints --endpoint-status Disabled",
        "echo start; aws rds promote-read-replica --db-instance-identifier db",
    })
    void destructiveCommands(String command) {
        assertThat(recognizer.looksDestructive(command)).as(command).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "echo \"Promote the replica, then delete the old one\"",
        "kubectl get pods -n shop",
        "kubectl scale deployment web --replicas=10",
        "aws rds describe-db-instances --db-instance-identifier promote-me",
        "psql -c 'SELECT count(*) FROM deleted_items'",
        "az network dns record-set a show -g rg -z example.com -n api",
        "send_notification \"failover done\"",
        "rm /tmp/backup.sql.gz",
        "",
    })
    void harmlessCommands(String command) {
        assertThat(recognizer.looksDestructive(command)).as(command).isFalse();
    }

    @Test
    @Timeout(10)
    void hostileInputIsNeitherRecognisedNorFatal() {
        String[] hostile = {
            "az postgres flexible-server replica promote -g 'unterminated -n db",
            "kubectl scale deployment/ --replicas=",
            "$(((((((((",
            "\"\\",
            "\u0000\u0001\u00ff binary \uFFFD",
            "aws route53 change-resource-record-sets --hosted-zone-id Z --change-batch '{not json'",
            "cat <<EOF",
            "psql -h",
            "curl -f",
            "x".repeat(300_000),
            "a \\\n".repeat(50_000),
            "kubectl apply -f " + "(".repeat(10_000),
        };
        for (String text : hostile) {
            Optional<RecognizedCommand> recognized = new ShellCommandRecognizer().recognize(text);
            recognized.ifPresent(r -> assertThat(r.target()).isEmpty());
            new ShellCommandRecognizer().looksDestructive(text);
        }
    }

    @Test
    void resourceIdsAreStableKebabCaseAndDistinctAcrossKinds() {
        ProposedResource rds = new ShellCommandRecognizer()
                .recognize("aws rds promote-read-replica --db-instance-identifier Chatops_Prod --region us-east-1").orElseThrow().target().orElseThrow();
        ProposedResource eks = new ShellCommandRecognizer()
                .recognize("aws eks update-kubeconfig --name Chatops_Prod --region us-east-1").orElseThrow().target().orElseThrow();
        assertThat(rds.id()).isEqualTo("rds-chatops-prod").matches("^[a-z0-9][a-z0-9-]*$");
        assertThat(eks.id()).isEqualTo("eks-chatops-prod");
        assertThat(rds.name()).isEqualTo("Chatops_Prod");
        ProposedResource again = new ShellCommandRecognizer()
                .recognize("aws rds promote-read-replica --region us-east-1 --db-instance-identifier Chatops_Prod").orElseThrow().target().orElseThrow();
        assertThat(again).isEqualTo(rds);
    }
}
