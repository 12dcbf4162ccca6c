package dev.warroom.connectors.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.connectors.ActionKey;
import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.azure.connector.AzureConnector;
import dev.warroom.connectors.postgres.PostgresServers;
import dev.warroom.connectors.world.ConnectorWorld;
import dev.warroom.core.fence.DrillFence;
import dev.warroom.core.fence.FencedWorld;
import dev.warroom.core.plan.model.DrillEnvironment;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Reach;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sql.check on an Azure flexible server, logging in to a real PostgreSQL on loopback named by observe.host (the
 * primary stands for a promoted DR server, the standby for a replica still replaying). Resource Manager is never called:
 * the connector's endpoint is a closed port.
 */
class AzureFlexibleServerSqlCheckTest {

    private static final String WRONG_PASSWORD = "not-the-Real-pw-42";

    @TempDir
    static Path dir;

    static PostgresServers servers;
    static AzureConnector azure;

    @BeforeAll
    static void startServer() {
        servers = PostgresServers.start(dir);
        azure = new AzureConnector(AzureStub.optionsFor("https://127.0.0.1:9", Duration.ofSeconds(2), AzureStub.TEST_TOKEN),
                ConnectorSettings.of(Map.of(PostgresServers.PASSWORD_ENV, PostgresServers.PASSWORD, "WRONG_PG_PASSWORD", WRONG_PASSWORD)));
    }

    @AfterAll
    static void stopServer() {
        if (servers != null) {
            servers.close();
        }
    }

    private static Resource server(int port, Map<String, String> changes) {
        Map<String, String> observe = new HashMap<>(Map.of("resourceGroup", "ai-workflow-dr-rg", "name", "ai-workflow-db-dr",
                "host", "127.0.0.1", "port", Integer.toString(port), "database", "warroom", "user", "warroom",
                "passwordEnv", PostgresServers.PASSWORD_ENV, "sslmode", "disable"));
        changes.forEach((key, value) -> {
            if (value.isEmpty()) {
                observe.remove(key);
            } else {
                observe.put(key, value);
            }
        });
        return AzureStub.resource("db-dr", "azure-postgres-flexible", observe);
    }

    private static Resource promoted() {
        return server(servers.pair.primaryPort(), Map.of());
    }

    private static ActionRequest check(Resource target, String query, String expect) {
        return new ActionRequest("sql.check", Optional.of(target), Optional.empty(), Map.of("query", query, "expect", expect),
                Duration.ofSeconds(30));
    }

    private static ActionExecutor sqlCheck() {
        return azure.executors().get(ActionKey.of("sql.check", "azure-postgres-flexible"));
    }

    @Test
    void aPromotedServerPassesTheNotInRecoveryCheckOfTheAiWorkflowPlan() throws Exception {
        ActionResult result = sqlCheck().execute(check(promoted(), "SELECT pg_is_in_recovery();", "false"));

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(result.detail()).isEqualTo("127.0.0.1:" + servers.pair.primaryPort() + "/warroom returned f");
        assertThat(result.outputs()).containsEntry("result", "f");
    }

    @Test
    void aServerStillReplayingFailsItAndSaysWhatCameBack() throws Exception {
        ActionResult result = sqlCheck().execute(check(server(servers.pair.standbyPort(), Map.of()), "SELECT pg_is_in_recovery();", "false"));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).endsWith("returned t, expected false");
    }

    @Test
    void theStepsDatabaseParamAndTheReadOnlyRulesAreTheSelfManagedOnes() throws Exception {
        ActionResult other = sqlCheck().execute(new ActionRequest("sql.check", Optional.of(promoted()), Optional.empty(),
                Map.of("query", "SELECT current_database()", "database", "postgres", "expect", "postgres"), Duration.ofSeconds(30)));
        ActionResult write = sqlCheck().execute(check(promoted(), "INSERT INTO heartbeat DEFAULT VALUES", "1"));
        ActionResult promote = sqlCheck().execute(check(promoted(), "SELECT pg_promote()", "true"));

        assertThat(other.succeeded()).as(other.detail()).isTrue();
        assertThat(write.detail()).contains("read-only transaction");
        assertThat(promote.detail()).isEqualTo("sql.check runs read-only queries; pg_promote() would change the server");
    }

    @Test
    void aPlanWithoutUserOrPasswordVariableIsToldWhichKeyToAdd() throws Exception {
        ActionResult noUser = sqlCheck().execute(check(server(servers.pair.primaryPort(), Map.of("user", "")), "SELECT 1", "1"));
        ActionResult noPassword = sqlCheck().execute(check(server(servers.pair.primaryPort(), Map.of("passwordEnv", "")), "SELECT 1", "1"));
        ActionResult nowhere = sqlCheck().execute(check(server(servers.pair.primaryPort(), Map.of("host", "", "name", "")), "SELECT 1", "1"));

        assertThat(noUser.succeeded()).isFalse();
        assertThat(noUser.detail()).startsWith("sql.check on db-dr needs observe.user, the login to connect as: Azure has no default login");
        assertThat(noPassword.detail()).isEqualTo("sql.check on db-dr needs observe.passwordEnv, the name of the environment variable that"
                + " holds warroom's password (a managed PostgreSQL server always asks for one)");
        assertThat(nowhere.detail()).isEqualTo("sql.check on db-dr needs observe.host, or observe.name to connect to"
                + " <name>.postgres.database.azure.com");
    }

    @Test
    void thePasswordNeverAppearsWhateverHappens() throws Exception {
        ActionResult passed = sqlCheck().execute(check(promoted(), "SELECT 1", "1"));
        ActionResult refused = sqlCheck().execute(check(server(servers.pair.primaryPort(), Map.of("passwordEnv", "WRONG_PG_PASSWORD")),
                "SELECT 1", "1"));
        ActionPreview preview = sqlCheck().preview(check(promoted(), "SELECT 1", "1"));

        assertThat(passed.succeeded()).isTrue();
        assertThat(refused.succeeded()).isFalse();
        assertThat(refused.detail()).contains("password authentication failed for user \"warroom\"");
        for (String text : List.of(passed.detail(), passed.outputs().toString(), refused.detail(), refused.outputs().toString(),
                preview.summary(), preview.call(), preview.changes().toString())) {
            assertThat(text).doesNotContain(PostgresServers.PASSWORD).doesNotContain(WRONG_PASSWORD);
        }
    }

    @Test
    void withoutAHostItLogsInToTheServersAzureNameWithTlsRequired() {
        Resource inAzure = server(5432, Map.of("host", "", "port", "", "sslmode", ""));
        ActionPreview preview = sqlCheck().preview(check(inAzure, "SELECT pg_is_in_recovery();", "false"));

        assertThat(preview.call()).startsWith("psql 'host=ai-workflow-db-dr.postgres.database.azure.com port=5432 dbname=warroom"
                + " user=warroom sslmode=require'");
        assertThat(preview.reach()).isEqualTo(Reach.LIVE);
    }

    @Test
    void aDrillLogsInToAServerInsideItsEnvironmentAndRefusesAzuresOwnBeforeConnecting() throws Exception {
        ConnectorWorld world = new ConnectorWorld(List.of(azure));
        FencedWorld drill = new FencedWorld(world, new DrillFence(DrillEnvironment.loopbackOnly(), host -> {
            throw new UnknownHostException(host);
        }));
        ActionExecutor fenced = drill.executorFor("sql.check").orElseThrow();
        Resource inAzure = server(5432, Map.of("host", "", "port", ""));

        ActionResult inside = fenced.execute(check(promoted(), "SELECT pg_is_in_recovery()", "false"));
        ActionResult outside = fenced.execute(check(inAzure, "SELECT pg_is_in_recovery()", "false"));

        assertThat(inside.succeeded()).as(inside.detail()).isTrue();
        assertThat(outside.succeeded()).isFalse();
        assertThat(outside.detail()).isEqualTo("refused in DRILL: ai-workflow-db-dr.postgres.database.azure.com:5432 does not resolve,"
                + " so a DRILL cannot check where it leads");
    }
}
