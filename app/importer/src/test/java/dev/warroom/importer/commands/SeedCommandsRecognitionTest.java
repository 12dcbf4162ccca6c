package dev.warroom.importer.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command in the seeds' shell and SQL blocks, fed in document order to one recognizer per document (as the
 * importer does), ends as a DR engineer would expect: recognised as the right action on the right resource, or left
 * manual on purpose. Lines that only print, wait or steer the script, and prose inside blocks, must stay manual and
 * not destructive; every other command must have a row here, so a new seed command cannot slip through unjudged.
 */
class SeedCommandsRecognitionTest {

    private static final Pattern INCIDENTAL = Pattern.compile(
            "^(echo |sleep |set -e|read |exit |return |fi$|else$|done$|local |}|\\{|if \\[|elif \\[|for |[a-z_]+\\(\\) \\{|- |□|[0-9]\\. |示例|[^ -~]).*",
            Pattern.DOTALL);

    /** Command (as the seed writes it, continuations joined) → expected outcome; its destructive flag. */
    private static final Map<String, Row> TABLE = new LinkedHashMap<>();

    private record Row(String expected, boolean destructive) {
    }

    private static void row(String commandStart, String expected, boolean destructive) {
        TABLE.put(commandStart, new Row(expected, destructive));
    }

    static {
        // 000: 18.5.2 failover-to-dr.sh
        row("curl -X POST https://hooks.slack.com/services/YOUR/SLACK/WEBHOOK",
                "manual", false); // a chat message: the plan's channel, not a resource; the importer maps it
        row("az aks get-credentials",
                "k8s.use-context -> aks-cluster aks-ai-workflow-aks-dr {context=ai-workflow-aks-dr, name=ai-workflow-aks-dr, resourceGroup=ai-workflow-dr-rg}", false);
        row("az postgres flexible-server replica promote",
                "database.promote -> azure-postgres-flexible azure-pg-ai-workflow-db-dr {name=ai-workflow-db-dr, resourceGroup=ai-workflow-dr-rg}", true);
        row("kubectl exec -it postgresql-0",
                "sql.check -> no target {query=SELECT pg_is_in_recovery();}", false); // psql inside the pod: no host to name
        for (String[] service : new String[][] {{"api-gateway", "3"}, {"auth-service", "3"}, {"agent-service", "5"},
                {"persona-service", "3"}, {"code-execution-service", "5"}, {"text-to-sql-service", "3"},
                {"knowledge-base-service", "3"}, {"workflow-service", "5"}}) {
            row("kubectl scale deployment " + service[0] + " ",
                    "k8s.scale -> k8s-deployment deploy-" + service[0] + "-ai-workflow-prod-ai-workflow-aks-dr {context=ai-workflow-aks-dr, name="
                            + service[0] + ", namespace=ai-workflow-prod} {replicas=" + service[1] + "}", false);
        }
        row("kubectl wait --for=condition=ready pod --all", "manual", false);
        row("az network front-door backend-pool backend update",
                "traffic.switch -> front-door front-door-ai-workflow-fd {name=ai-workflow-fd, resourceGroup=ai-workflow-rg} {to=ai-workflow-dr.westeurope.cloudapp.azure.com}", true);
        row("az network dns record-set a update",
                "dns.update -> azure-dns-record dns-api-aiworkflow-com {name=api, resourceGroup=ai-workflow-rg, type=A, zone=aiworkflow.com} {type=A, value={{api-value}}}", true);
        row("response=$(curl -s -o /dev/null", "manual", false); // inside check_service: the URL is the function's argument
        row("check_service ", "manual", false); // the document's own shell function
        row("kubectl apply -f k8s/monitoring/alerting-rules-dr.yaml",
                "k8s.apply -> aks-cluster aks-ai-workflow-aks-dr {context=ai-workflow-aks-dr, name=ai-workflow-aks-dr, resourceGroup=ai-workflow-dr-rg} {manifest=k8s/monitoring/alerting-rules-dr.yaml}", false);
        // 000: 18.6.2 restore-pitr.sh and restore-from-backup.sh
        row("TARGET_TIME=", "manual", false);
        row("BACKUP_DATE=", "manual", false);
        row("az postgres flexible-server create", "manual", false); // a point-in-time restore: no native action
        row("az postgres flexible-server wait", "manual", false);
        row("psql -h ai-workflow-db-restored.postgres.database.azure.com",
                "sql.check -> postgres postgres-ai-workflow-db-restored-agent-db {database=agent_db, host=ai-workflow-db-restored.postgres.database.azure.com, port=5432, user=postgres} {query=SELECT COUNT(*) FROM agents;}", false);
        row("kubectl scale deployment --all --replicas=0", "manual", true); // every deployment at once: no one target
        row("kubectl scale deployment --all --replicas=3", "manual", false);
        row("az storage blob download", "manual", false);
        row("gunzip /tmp/backup.sql.gz", "manual", false);
        row("psql -h postgresql  -U postgres  -d postgres  < /tmp/backup.sql", "manual", true); // a dump read in
        row("psql -h postgresql -U postgres -d agent_db -c",
                "sql.check -> postgres postgres-postgresql-agent-db {database=agent_db, host=postgresql, port=5432, user=postgres} {query=SELECT\n"
                        + "COUNT(*) as total_agents,\nCOUNT(CASE WHEN status = 'active' THEN 1 END) as active_agents\nFROM agents;}", false);
        row("RPO = ", "manual", false);
        row("RTO = ", "manual", false);
        // 002: ChatOps
        row("cd deploy/terraform/environments/prod", "manual", false);
        row("terraform init", "manual", false);
        row("terraform apply", "manual", false);
        row("aws eks update-kubeconfig --name chatops-prod --region us-east-1",
                "k8s.use-context -> eks-cluster eks-chatops-prod {name=chatops-prod, region=us-east-1}", false);
        row("kubectl get ", "manual", false);
        row("aws rds describe-db-snapshots", "manual", false);
        row("aws rds restore-db-instance-from-db-snapshot", "manual", false);
        row("aws rds wait db-instance-available", "manual", false);
        row("aws rds promote-read-replica", "database.promote -> no target", true); // no --region: the replica's region is not said
        row("aws elasticache create-replication-group", "manual", false);
        row("kubectl apply -f backups/chatops-resources-latest.yaml",
                "k8s.apply -> eks-cluster eks-chatops-prod {name=chatops-prod, region=us-east-1} {manifest=backups/chatops-resources-latest.yaml}", false);
        row("helm install chatops-platform", "manual", false);
        row("curl -s https://api.chatops.example.com/health",
                "http.check -> http-health health-api-chatops-example-com-health {url=https://api.chatops.example.com/health}", false);
        row("SELECT\n'users' AS table_name",
                "sql.check -> no target {query=SELECT\n'users' AS table_name, count(*) FROM users\nUNION ALL\nSELECT 'sessions', count(*) FROM sessions\nUNION ALL\nSELECT 'messages', count(*) FROM messages;}", false);
        row("SELECT MAX(created_at) FROM messages;", "sql.check -> no target {query=SELECT MAX(created_at) FROM messages;}", false);
        // 003: Auto Video (its own scripts only)
        row("./scripts/switch-traffic-to-backup.sh", "manual", true);
        row("./scripts/", "manual", false);
        row("./security/disaster-recovery/", "manual", false);
        row("LATEST_BACKUP=", "manual", false);
        // 004: Gemini
        row("curl -f https://api.yourdomain.com/health || return 1",
                "http.check -> http-health health-api-yourdomain-com-health {url=https://api.yourdomain.com/health}", false);
        row("if curl -f https://api.yourdomain.com/health; then",
                "http.check -> http-health health-api-yourdomain-com-health {url=https://api.yourdomain.com/health}", false);
        row("curl -X PUT \"https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/dns_records/", "manual", true); // Cloudflare's API
        row("vercel --prod --force", "manual", true);
        row("curl -X POST \"https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache\"", "manual", false);
        row("if ! check_primary_status; then", "manual", false);
        row("activate_backup", "manual", false);
        row("if verify_recovery; then", "manual", false);
        row("send_notification ", "manual", false);
        row("send_alert ", "manual", false);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000", "002", "003", "004"})
    void everySeedCommandEndsAsADrEngineerExpects(String seed) throws IOException {
        CommandRecognizer recognizer = new ShellCommandRecognizer();
        List<String> unjudged = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        List<String> commands = SeedCommands.of(SeedCommands.seed(seed));
        assertThat(commands).as("the seed's blocks hold commands").isNotEmpty();
        for (String command : commands) {
            String outcome = Outcomes.describe(recognizer.recognize(command));
            boolean destructive = recognizer.looksDestructive(command);
            Row row = TABLE.entrySet().stream().filter(e -> command.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst()
                    .orElse(null);
            if (row == null && INCIDENTAL.matcher(command).matches()) {
                row = new Row("manual", false);
            }
            if (row == null) {
                unjudged.add(command + "\n    is " + outcome + ", destructive=" + destructive);
            } else if (!row.expected().equals(outcome) || row.destructive() != destructive) {
                wrong.add(command + "\n    expected " + row.expected() + ", destructive=" + row.destructive()
                        + "\n    got      " + outcome + ", destructive=" + destructive);
            }
        }
        assertThat(unjudged).as("seed commands with no row in the table").isEmpty();
        assertThat(wrong).as("seed commands recognised otherwise than expected").isEmpty();
    }
}
