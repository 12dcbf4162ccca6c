package dev.warroom.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.load.LoadedPlan;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.world.ActionResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A serverless system with a warm standby and a cold one behind a DNS name: where a DNS change sends
 * the users, and what the public health check answers while a deployment fails.
 */
class StandbyDeploymentsTest {

    private static final String PLAN = """
            formatVersion: 1
            id: three-deployments
            system: Image API
            source: {document: test}
            targets: {rto: 15m, rpo: 1h}
            sites:
              - id: tokyo
                title: Tokyo
                role: primary
                region: asia-northeast-1
                resources:
                  - {id: app-tokyo, kind: serverless-deployment, title: Primary deployment, role: active,
                     observe: {name: image-api, provider: vercel}}
              - id: california
                title: California
                role: standby
                region: us-west-1
                resources:
                  - {id: app-california, kind: serverless-deployment, title: Standby deployment, role: standby,
                     observe: {name: image-api, provider: vercel, url: "https://backup.example.com"}}
                  - {id: standby-health, kind: http-health, title: Standby health, observe: {url: "https://backup.example.com/health"}}
              - id: frankfurt
                title: Frankfurt
                role: cold
                region: eu-central-1
                resources:
                  - {id: lambda-frankfurt, kind: aws-lambda, title: Cold standby, role: passive,
                     observe: {region: eu-central-1, name: image-api}}
              - id: edge
                title: Edge
                role: shared
                resources:
                  - {id: api-dns, kind: dns-record, title: api.example.com, observe: {name: api.example.com, type: CNAME}}
                  - {id: api-health, kind: http-health, title: Public health, observe: {url: "https://api.example.com/health"}}
            decisionTree:
              start: done
              nodes:
                - {id: done, type: end, title: Done}
            procedures: []
            """;

    private final Fixture f = new Fixture(plan(), Fixture.SEED);

    private static Plan plan() {
        LoadedPlan loaded = new PlanLoader().load("three-deployments.yaml", PLAN.getBytes(StandardCharsets.UTF_8));
        return loaded.plan().orElseThrow(() -> new AssertionError("the test plan does not load: " + loaded.problems()));
    }

    @Test
    void aDnsChangeToTheHostAStandbyAnswersAtSendsTheUsersThereEvenOnceTheyHaveLeftThePrimary() throws Exception {
        f.inject(FaultKind.REGION_DOWN, "tokyo");
        ActionResult activated = f.run("deployment.activate", "app-california", Map.of("environment", "production"));
        assertThat(activated.outputs()).containsEntry("servingSite", "california");

        ActionResult dns = f.run("dns.update", "api-dns", Map.of("value", "backup.example.com", "type", "CNAME"));
        f.advance(Duration.ofMinutes(2));

        assertThat(dns.outputs()).as(dns.detail()).containsEntry("servingSite", "california");
        assertThat(f.observe("api-health").attributes()).containsEntry("serving", "california").containsEntry("status", "200");
    }

    @Test
    void aDeploymentWhoseHealthFailsServesErrorsUntilTheUsersMoveToAHealthyStandby() throws Exception {
        assertThat(f.observe("api-health").attributes()).containsEntry("status", "200");
        f.inject(FaultKind.HEALTH_FAILING, "app-tokyo");

        assertThat(f.observe("api-health").attributes()).containsEntry("serving", "tokyo").containsEntry("status", "503");
        assertThat(f.observe("standby-health").attributes()).containsEntry("status", "200");

        f.run("dns.update", "api-dns", Map.of("value", "backup.example.com"));
        f.run("deployment.activate", "app-california", Map.of("environment", "production"));
        f.advance(Duration.ofMinutes(2));

        assertThat(f.observe("api-health").attributes()).containsEntry("serving", "california").containsEntry("status", "200");
    }
}
