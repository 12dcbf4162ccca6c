package dev.warroom.connectors.fence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.world.ConnectorWorld;
import dev.warroom.connectors.world.Connectors;
import dev.warroom.connectors.Reaches;
import dev.warroom.core.plan.model.Channel;
import dev.warroom.core.plan.model.ChannelType;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.Reach;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each connector family says what a resource's probe and actions would connect to, without connecting:
 * the DRILL fence judges exactly this. Nothing here opens a connection.
 */
class ConnectorFootprintsTest {

    private final ConnectorWorld world = Connectors.standard(ConnectorSettings.of(Map.of(
            "AWS_PROFILE", "dr-admin", "AZURE_SUBSCRIPTION_ID", "00000000-0000-0000-0000-00000000000a",
            "WARROOM_TEST_WEBHOOK", "https://hooks.example.test/x")));

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void selfManagedServersAreTheirHostAndPort() {
        assertThat(probeFootprint(resource("pg", "postgres", Map.of("host", "db.example.test", "port", "6543"))).hosts())
                .extracting(Footprint.HostPort::toString).containsExactly("db.example.test:6543");
        assertThat(probeFootprint(resource("cache", "redis", Map.of("host", "127.0.0.1.nip.io"))).hosts())
                .extracting(Footprint.HostPort::toString).containsExactly("127.0.0.1.nip.io:6379");
        assertThat(probeFootprint(resource("api", "http-health", Map.of("url", "https://api.example.test/health"))).hosts())
                .extracting(Footprint.HostPort::toString).containsExactly("api.example.test:443");
        assertThat(probeFootprint(resource("pg", "postgres", Map.of())).unknown()).contains("resource 'pg' has no observe.host");
    }

    @Test
    void cloudResourcesNameTheAccountTheyActIn() {
        Footprint aws = probeFootprint(resource("db", "aws-rds", Map.of("region", "us-east-1", "instance", "orders")));
        assertThat(aws.accounts()).extracting(Footprint.Account::toString).containsExactly("AWS profile dr-admin");
        assertThat(aws.hosts()).as("no stand-in endpoint: the real regional endpoints").isEmpty();

        Footprint azure = probeFootprint(resource("db", "azure-postgres-flexible",
                Map.of("resourceGroup", "rg", "name", "orders", "subscription", "00000000-0000-0000-0000-00000000000b")));
        assertThat(azure.accounts()).extracting(Footprint.Account::toString)
                .containsExactly("Azure subscription 00000000-0000-0000-0000-00000000000b");
        assertThat(azure.hosts()).extracting(Footprint.HostPort::toString).containsExactly("management.azure.com:443");
    }

    @Test
    void actionsWithoutATargetSayForThemselves() {
        Channel chat = new Channel("chat", ChannelType.SLACK, "chat", null, null, "WARROOM_TEST_WEBHOOK", null);
        ActionRequest notify = new ActionRequest("notify.chat", Optional.empty(), Optional.of(chat), Map.of("message", "hi"), Duration.ofSeconds(5));
        assertThat(world.executorFor("notify.chat").orElseThrow().footprint(notify).hosts())
                .extracting(Footprint.HostPort::toString).containsExactly("hooks.example.test:443");

        ActionRequest shell = new ActionRequest("shell.run", Optional.empty(), Optional.empty(), Map.of("command", "true"), Duration.ofSeconds(5));
        assertThat(world.executorFor("shell.run").orElseThrow().footprint(shell).unknown()).contains("a shell command can connect anywhere");

        ActionRequest wait = new ActionRequest("wait", Optional.empty(), Optional.empty(), Map.of("duration", "1s"), Duration.ofSeconds(5));
        assertThat(world.executorFor("wait").orElseThrow().footprint(wait)).isEqualTo(Footprint.none());
    }

    @Test
    void withoutAPlanLoopbackIsJudgedByAddressAndNeverBySpelling() {
        assertThat(Reaches.forHost("127.0.0.1")).isEqualTo(Reach.DRILL_ENVIRONMENT);
        assertThat(Reaches.forHost("::1")).isEqualTo(Reach.DRILL_ENVIRONMENT);
        assertThat(Reaches.forHost("localhost")).isEqualTo(Reach.DRILL_ENVIRONMENT);
        assertThat(Reaches.forHost("127.0.0.1.nip.io")).as("a name is not loopback because of how it is spelt").isEqualTo(Reach.LIVE);
        assertThat(Reaches.forUrl("http://127.1:8080")).as("shorthand addresses are not read as loopback").isEqualTo(Reach.LIVE);
        assertThat(Reaches.forUrl("https://203.0.113.9/hook")).isEqualTo(Reach.LIVE);
    }

    private Footprint probeFootprint(Resource resource) {
        return world.probeFor(resource.kind()).orElseThrow().footprint(resource);
    }

    private static Resource resource(String id, String kind, Map<String, String> observe) {
        return new Resource(id, kind, id, null, null, null, observe, Map.of());
    }
}
