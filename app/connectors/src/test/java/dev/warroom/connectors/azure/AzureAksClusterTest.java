package dev.warroom.connectors.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.warroom.connectors.azure.AzureStub.arm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AzureAksClusterTest extends OnTheAzureStub {

    private static final String CLUSTER = arm("ai-workflow-dr-rg", "Microsoft.ContainerService/managedClusters", "ai-workflow-aks-dr");

    private Probe probe;

    @BeforeEach
    void probe() {
        probe = azure.probes().get("aks-cluster");
    }

    @Test
    void runningClusterWithAPoolStillScalingReadsDegradedWithItsPools() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(CLUSTER)).willReturn(okJson(stub.body("aks-dr.json"))));

        Observation seen = probe.observe(cluster());

        assertThat(seen.health()).isEqualTo(Health.DEGRADED);
        assertThat(seen.attributes()).containsEntry("state", "Running, Succeeded").containsEntry("nodes", "6 in 2 pools")
                .containsEntry("nodePools", "system: 3 × Standard_D4s_v5 (System, Running, Succeeded);"
                        + " application: 3 × Standard_D8s_v5 (User, autoscale 3-20, Running, Scaling)")
                .containsEntry("kubernetesVersion", "1.30.6").containsEntry("region", "westeurope")
                .containsEntry("context", "ai-workflow-aks-dr");
    }

    @Test
    void stoppedClusterReadsDown() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(CLUSTER)).willReturn(okJson(stub.body("aks-dr-stopped.json"))));

        Observation seen = probe.observe(cluster());

        assertThat(seen.health()).isEqualTo(Health.DOWN);
        assertThat(seen.attributes()).containsEntry("state", "Stopped, Succeeded");
    }

    private static Resource cluster() {
        return AzureStub.resource("aks-dr", "aks-cluster", Map.of("resourceGroup", "ai-workflow-dr-rg", "name", "ai-workflow-aks-dr",
                "context", "ai-workflow-aks-dr", "region", "westeurope"));
    }
}
