package dev.warroom.connectors.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.warroom.connectors.aws.AwsStandIn.query;
import static dev.warroom.connectors.aws.AwsStandIn.queryError;
import static dev.warroom.connectors.aws.AwsStandIn.xml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.connectors.ActionKey;
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
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sql.check on an RDS instance: the endpoint and master user come from the WireMock stand-in's DescribeDBInstances,
 * and point at a real PostgreSQL on loopback, which the check logs in to.
 */
class AwsRdsSqlCheckTest extends OnTheAwsStandIn {

    private static final String WRONG_PASSWORD = "not-the-Real-pw-42";

    @TempDir
    static Path dir;

    static PostgresServers servers;

    @BeforeAll
    static void startServer() {
        servers = PostgresServers.start(dir);
    }

    @AfterAll
    static void stopServer() {
        if (servers != null) {
            servers.close();
        }
    }

    @Override
    AwsConnector connector() {
        return aws.connector(Map.of(PostgresServers.PASSWORD_ENV, PostgresServers.PASSWORD, "WRONG_PG_PASSWORD", WRONG_PASSWORD));
    }

    private static Resource instance(Map<String, String> more) {
        Map<String, String> observe = new HashMap<>(Map.of("region", "us-east-1", "instance", "chatops-prod", "database", "warroom",
                "passwordEnv", PostgresServers.PASSWORD_ENV, "sslmode", "disable"));
        observe.putAll(more);
        return AwsStandIn.resource("rds-chatops-prod", "aws-rds", observe);
    }

    private static ActionRequest check(Resource target, String query, String expect) {
        return AwsStandIn.request("sql.check", target, Map.of("query", query, "expect", expect), Duration.ofSeconds(30));
    }

    private ActionExecutor sqlCheck() {
        return connector.executors().get(ActionKey.of("sql.check", "aws-rds"));
    }

    private void rdsSaysItListensOn(String host, int port) {
        aws.server.stubFor(query("DescribeDBInstances").willReturn(xml(200, RdsBodies.listening("chatops-prod", host, port, "warroom"))));
    }

    @Test
    void theEndpointAndMasterUserRdsGivesAreWhereTheCheckLogsIn() throws Exception {
        rdsSaysItListensOn("127.0.0.1", servers.pair.primaryPort());

        ActionResult result = sqlCheck().execute(check(instance(Map.of()), "SELECT current_user || ' ' || pg_is_in_recovery()", "warroom false"));

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(result.detail()).isEqualTo("127.0.0.1:" + servers.pair.primaryPort() + "/warroom returned warroom false");
        aws.server.verify(postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=DescribeDBInstances"))
                .withRequestBody(containing("DBInstanceIdentifier=chatops-prod")));
    }

    @Test
    void aResultOtherThanTheExpectedOneFailsTheCheck() throws Exception {
        rdsSaysItListensOn("127.0.0.1", servers.pair.standbyPort());

        ActionResult result = sqlCheck().execute(check(instance(Map.of()), "SELECT pg_is_in_recovery()", "false"));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).isEqualTo("127.0.0.1:" + servers.pair.standbyPort() + "/warroom returned t, expected false");
    }

    @Test
    void anInstanceRdsDoesNotKnowIsASentenceAndNothingElseIsTried() throws Exception {
        aws.server.stubFor(query("DescribeDBInstances").willReturn(xml(404, queryError("DBInstanceNotFound", "DBInstance chatops-prod not found."))));

        ActionResult result = sqlCheck().execute(check(instance(Map.of()), "SELECT 1", "1"));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).startsWith("sql.check on rds-chatops-prod could not learn from RDS where to connect: RDS us-east-1:"
                + " DBInstanceNotFound (HTTP 404): DBInstance chatops-prod not found.").doesNotContain("Exception", "\tat ");
    }

    @Test
    void anInstanceWithoutAnEndpointYetSaysSo() throws Exception {
        aws.server.stubFor(query("DescribeDBInstances").willReturn(xml(200, RdsBodies.withoutEndpoint("chatops-prod"))));

        ActionResult result = sqlCheck().execute(check(instance(Map.of()), "SELECT 1", "1"));

        assertThat(result.detail()).isEqualTo("sql.check on rds-chatops-prod: RDS gives no endpoint for chatops-prod (status creating),"
                + " so it accepts no connections yet; or name observe.host");
    }

    @Test
    void aPlanThatNamesHostAndUserLogsInWithoutAskingRds() throws Exception {
        ActionResult result = sqlCheck().execute(check(instance(Map.of("host", "127.0.0.1", "port",
                Integer.toString(servers.pair.primaryPort()), "user", "warroom")), "SELECT 1", "1"));

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(aws.server.getAllServeEvents()).isEmpty();
    }

    @Test
    void thePasswordNeverAppearsWhateverHappensAndAMissingVariableNameIsNamed() throws Exception {
        rdsSaysItListensOn("127.0.0.1", servers.pair.primaryPort());

        ActionResult passed = sqlCheck().execute(check(instance(Map.of()), "SELECT 1", "1"));
        ActionResult refused = sqlCheck().execute(check(instance(Map.of("passwordEnv", "WRONG_PG_PASSWORD")), "SELECT 1", "1"));
        ActionResult unnamed = sqlCheck().execute(check(instance(Map.of("passwordEnv", " ")), "SELECT 1", "1"));
        ActionPreview preview = sqlCheck().preview(check(instance(Map.of()), "SELECT 1", "1"));

        assertThat(passed.succeeded()).as(passed.detail()).isTrue();
        assertThat(refused.detail()).contains("password authentication failed for user \"warroom\"");
        assertThat(unnamed.detail()).isEqualTo("sql.check on rds-chatops-prod needs observe.passwordEnv, the name of the environment"
                + " variable that holds warroom's password (a managed PostgreSQL server always asks for one)");
        assertThat(preview.call()).startsWith("rds:DescribeDBInstances DBInstanceIdentifier=chatops-prod for its endpoint and master user");
        for (String text : List.of(passed.detail(), passed.outputs().toString(), refused.detail(), refused.outputs().toString(),
                preview.summary(), preview.call(), preview.changes().toString())) {
            assertThat(text).doesNotContain(PostgresServers.PASSWORD).doesNotContain(WRONG_PASSWORD);
        }
    }

    @Test
    void aDrillRefusesAnEndpointOutsideItsEnvironmentThatOnlyRdsCouldName() throws Exception {
        rdsSaysItListensOn("10.20.30.40", 5432);
        FencedWorld drill = new FencedWorld(new ConnectorWorld(List.of(connector)), new DrillFence(DrillEnvironment.loopbackOnly(), host -> {
            throw new UnknownHostException(host);
        }));

        ActionResult result = drill.executorFor("sql.check").orElseThrow().execute(check(instance(Map.of()), "SELECT 1", "1"));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).isEqualTo("refused in DRILL: 10.20.30.40:5432, where rds-chatops-prod accepts connections, lies"
                + " outside the drill environment; nothing connected to it");
    }

    @Test
    void aDrillLogsInToAnEndpointInsideItsEnvironment() throws Exception {
        rdsSaysItListensOn("127.0.0.1", servers.pair.primaryPort());
        FencedWorld drill = new FencedWorld(new ConnectorWorld(List.of(connector)), new DrillFence(DrillEnvironment.loopbackOnly(), host -> {
            throw new UnknownHostException(host);
        }));

        ActionResult result = drill.executorFor("sql.check").orElseThrow().execute(check(instance(Map.of()), "SELECT 1", "1"));

        assertThat(result.succeeded()).as(result.detail()).isTrue();
    }
}
