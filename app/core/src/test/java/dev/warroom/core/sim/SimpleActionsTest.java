package dev.warroom.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimpleActionsTest {

    private final Fixture f = new Fixture();

    @Test
    void shellRunOnlyReportsWhatItWouldHaveRun() throws Exception {
        ActionResult result = f.run("shell.run", null, Map.of("command", "touch /tmp/warroom-should-not-exist", "workdir", "/srv"));

        assertThat(result.succeeded()).isTrue();
        assertThat(result.detail()).isEqualTo("simulated: would have run cd /srv && touch /tmp/warroom-should-not-exist (no process was started)");
        assertThat(Path.of("/tmp/warroom-should-not-exist")).doesNotExist();
    }

    @Test
    void chatMessagesAreDeliveredOnlyInTheSimulation() throws Exception {
        ActionResult result = f.run(f.notify("Failing over to west"));

        assertThat(result.succeeded()).isTrue();
        assertThat(result.outputs()).containsEntry("delivered", "#incident-response");
    }

    @Test
    void waitSleepsOnTheIncidentClock() throws Exception {
        ActionResult result = f.run("wait", null, Map.of("duration", "5m"));

        assertThat(result.detail()).isEqualTo("waited 5m");
        assertThat(f.clock.now()).isEqualTo(Fixture.START.plus(Duration.ofMinutes(5)));
    }

    @Test
    void aWaitLongerThanTheStepTimeoutFailsAtTheTimeout() throws Exception {
        var request = new ActionRequest("wait", Optional.empty(), Optional.empty(),
                Map.of("duration", "1h"), Duration.ofMinutes(10));

        ActionResult result = f.run(request);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).startsWith("no answer from the provider within 10m");
        assertThat(f.clock.now()).isEqualTo(Fixture.START.plus(Duration.ofMinutes(10)));
    }

    @Test
    void httpCallAnswers200WithoutSendingAnything() throws Exception {
        ActionResult result = f.run("http.call", "payments", Map.of("method", "post", "url", "https://api.payments.example/failover"));

        assertThat(result.succeeded()).isTrue();
        assertThat(result.detail()).isEqualTo("POST https://api.payments.example/failover answered 200 (simulated: no request was sent)");
    }

    @Test
    void sqlCheckRefusesQueriesThatWrite() throws Exception {
        ActionResult result = f.run("sql.check", "db-east", Map.of("query", "DELETE FROM orders"));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).isEqualTo("sql.check runs read-only queries; this one would change the database");
    }

    @Test
    void applyingAManifestAndSwitchingContextSucceedAfterAMoment() throws Exception {
        ActionResult applied = f.run("k8s.apply", "aks-west", Map.of("manifest", "k8s/api.yaml", "namespace", "shop-prod"));
        ActionResult context = f.run("k8s.use-context", "eks-east", Map.of());

        assertThat(applied.succeeded()).isTrue();
        assertThat(context.outputs()).containsEntry("context", "batch-east");
        assertThat(f.clock.now()).isAfter(Fixture.START);
    }

    @Test
    void aMissingParameterFailsWithWords() throws Exception {
        ActionResult result = f.run("k8s.apply", "aks-west", Map.of());

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).isEqualTo("k8s.apply needs the parameter 'manifest'");
    }
}
