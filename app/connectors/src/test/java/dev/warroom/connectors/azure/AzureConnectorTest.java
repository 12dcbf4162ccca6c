package dev.warroom.connectors.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.connectors.ActionKey;
import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.azure.connector.AzureConnector;
import dev.warroom.connectors.azure.connector.AzureConnectorFactory;
import dev.warroom.connectors.world.ConnectorWorld;
import dev.warroom.connectors.world.Connectors;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.Reach;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AzureConnectorTest {

    private static final List<String> KINDS = List.of("azure-postgres-flexible", "aks-cluster", "azure-dns-record", "front-door",
            "traffic-manager", "azure-redis", "azure-blob-storage", "azure-service-health");

    @Test
    void theStandardWorldFindsTheAzureFamilyWithAProbeForEveryAzureKindItCovers() {
        try (ConnectorWorld world = Connectors.standard(ConnectorSettings.of(Map.of(
                AzureOptions.ENDPOINT_SETTING, "https://127.0.0.1:9", AzureOptions.SUBSCRIPTION_SETTING, AzureStub.SUBSCRIPTION)))) {
            assertThat(world.identities()).containsKey("azure");
            KINDS.forEach(kind -> assertThat(world.probeFor(kind)).as(kind).isPresent());
            List.of("database.promote", "dns.update", "traffic.switch", "cache.promote", "storage.failover")
                    .forEach(action -> assertThat(world.executorFor(action)).as(action).isPresent());
        }
    }

    @Test
    void trafficSwitchIsRoutedByTheKindOfEdgeItTargets() {
        try (ConnectorWorld world = Connectors.standard(ConnectorSettings.of(Map.of(
                AzureOptions.ENDPOINT_SETTING, "https://127.0.0.1:9", AzureOptions.SUBSCRIPTION_SETTING, AzureStub.SUBSCRIPTION)))) {
            var frontDoor = AzureStub.resource("fd", "front-door", Map.of("resourceGroup", "rg", "name", "fd", "originGroup", "pool"));
            var trafficManager = AzureStub.resource("tm", "traffic-manager", Map.of("resourceGroup", "rg", "name", "tm"));
            var switcher = world.executorFor("traffic.switch").orElseThrow();

            assertThat(switcher.preview(switchTo(frontDoor)).call()).contains("az afd origin update");
            assertThat(switcher.preview(switchTo(trafficManager)).call()).contains("az network traffic-manager endpoint update");
        }
    }

    @Test
    void aLoopbackStandInIsADrillEnvironmentAndAzureItselfIsLive() {
        AzureConnector stub = new AzureConnector(AzureStub.optionsFor("https://127.0.0.1:8443", Duration.ofSeconds(5), AzureStub.TEST_TOKEN));
        AzureConnector azure = (AzureConnector) new AzureConnectorFactory().create(ConnectorSettings.of(Map.of()));
        var frontDoor = AzureStub.resource("fd", "front-door", Map.of("resourceGroup", "rg", "name", "fd"));

        assertThat(stub.executors()).allSatisfy((key, e) -> assertThat(e.reach(switchTo(frontDoor)))
                .as("%s through Resource Manager", key).isEqualTo(key.actionKind().equals("sql.check") ? Reach.LIVE : Reach.DRILL_ENVIRONMENT));
        assertThat(azure.executors().values()).allMatch(e -> e.reach(switchTo(frontDoor)) == Reach.LIVE);
    }

    @Test
    void sqlCheckReachesTheServerItselfNotResourceManager() {
        AzureConnector stub = new AzureConnector(AzureStub.optionsFor("https://127.0.0.1:8443", Duration.ofSeconds(5), AzureStub.TEST_TOKEN));
        AzureConnector azure = (AzureConnector) new AzureConnectorFactory().create(ConnectorSettings.of(Map.of()));
        var onLoopback = AzureStub.resource("db", "azure-postgres-flexible", Map.of("resourceGroup", "rg", "name", "db",
                "host", "127.0.0.1", "user", "checker", "passwordEnv", "DB_PASSWORD"));
        var inAzure = AzureStub.resource("db", "azure-postgres-flexible", Map.of("resourceGroup", "rg", "name", "db",
                "user", "checker", "passwordEnv", "DB_PASSWORD"));
        var check = ActionKey.of("sql.check", "azure-postgres-flexible");
        var request = new ActionRequest("sql.check", Optional.of(onLoopback), Optional.empty(), Map.of("query", "SELECT 1"), Duration.ofMinutes(1));

        assertThat(azure.executors().get(check).reach(request)).isEqualTo(Reach.DRILL_ENVIRONMENT);
        assertThat(stub.executors().get(check).reach(new ActionRequest("sql.check", Optional.of(inAzure), Optional.empty(),
                Map.of("query", "SELECT 1"), Duration.ofMinutes(1)))).isEqualTo(Reach.LIVE);
        assertThat(azure.footprint(check, inAzure).hosts()).extracting(Object::toString).containsExactly("db.postgres.database.azure.com:5432");
        assertThat(azure.footprint(check, inAzure).accounts()).isEmpty();
    }

    @Test
    void identitySaysWhoAzCliSignedInAndTheDefaultSubscriptionItPicked(@TempDir Path azureConfig) throws IOException {
        Files.writeString(azureConfig.resolve("azureProfile.json"), "\uFEFF{\"installationId\": \"b7c1e0a2-0000-4000-8000-000000000001\","
                + " \"subscriptions\": [{\"id\": \"0d9f8e7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f\", \"name\": \"AI Workflow Staging\","
                + " \"state\": \"Enabled\", \"user\": {\"name\": \"alice@aiworkflow.com\", \"type\": \"user\"}, \"isDefault\": false},"
                + " {\"id\": \"" + AzureStub.SUBSCRIPTION + "\", \"name\": \"AI Workflow Production\", \"state\": \"Enabled\","
                + " \"user\": {\"name\": \"alice@aiworkflow.com\", \"type\": \"user\"}, \"isDefault\": true,"
                + " \"tenantId\": \"2c5b1a9e-71f4-4d7b-8f0a-5e3c9d2b1a60\", \"environmentName\": \"AzureCloud\"}]}", StandardCharsets.UTF_8);
        ConnectorSettings settings = ConnectorSettings.of(Map.of("AZURE_CONFIG_DIR", azureConfig.toString()));

        AzureOptions options = AzureOptions.fromSettings(settings);

        assertThat(new AzureConnector(options).identity()).isEqualTo("az login: alice@aiworkflow.com, subscription AI Workflow Production "
                + AzureStub.SUBSCRIPTION + " (az account default)");
        assertThat(options.defaultSubscription()).contains(AzureStub.SUBSCRIPTION);
    }

    @Test
    void aServicePrincipalIsNamedByItsClientIdAndItsSecretIsNeverShown() {
        ConnectorSettings settings = ConnectorSettings.of(Map.of("AZURE_CLIENT_ID", "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7",
                "AZURE_CLIENT_SECRET", "s3cr3t-value-never-shown", "AZURE_TENANT_ID", "2c5b1a9e-71f4-4d7b-8f0a-5e3c9d2b1a60",
                AzureOptions.SUBSCRIPTION_SETTING, AzureStub.SUBSCRIPTION));

        String identity = new AzureConnectorFactory().create(settings).identity();

        assertThat(identity).isEqualTo("service principal 3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7 (from AZURE_CLIENT_ID), subscription "
                + AzureStub.SUBSCRIPTION + " (from AZURE_SUBSCRIPTION_ID)");
        assertThat(identity).doesNotContain("s3cr3t");
    }

    private static ActionRequest switchTo(dev.warroom.core.plan.model.Resource edge) {
        return new ActionRequest("traffic.switch", Optional.of(edge), Optional.empty(), Map.of("to", "dr"), Duration.ofMinutes(1));
    }
}
