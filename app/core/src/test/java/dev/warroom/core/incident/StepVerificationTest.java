package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.model.Fault;
import dev.warroom.core.plan.model.FaultKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A step is done when the world shows it, not when the call returns: the engine watches state until its timeout. */
class StepVerificationTest {

    @TempDir
    Path dir;

    private static IncidentEvent last(List<IncidentEvent> events, String type, String step) {
        return events.stream().filter(e -> e.type().equals(type) && e.text("step").equals(step)).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aPromotionSucceedsOnlyOnceTheReplicaReportsPrimary() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            rig.autopilotUntil("promote-dr-db");
            rig.incident.confirm("bob", "ai-workflow-db-dr");
            List<String> watched = new ArrayList<>();

            StepOutcome outcome = rig.incident.run((step, words) -> watched.add(words));

            assertThat(outcome.status()).isEqualTo(StepStatus.SUCCEEDED);
            assertThat(outcome.detail()).startsWith("ai-workflow-db-dr is primary — role ");
            assertThat(watched).anySatisfy(w -> assertThat(w).startsWith("waiting for: ai-workflow-db-dr is primary — role replica"));
            List<IncidentEvent> events = rig.events();
            IncidentEvent started = last(events, EventTypes.STEP_STARTED, "promote-dr-db");
            IncidentEvent succeeded = last(events, EventTypes.STEP_SUCCEEDED, "promote-dr-db");
            IncidentEvent becamePrimary = events.stream()
                    .filter(e -> e.type().equals(EventTypes.STATE_CHANGED) && e.text("resource").equals("db-dr")
                            && e.text("state").contains("primary"))
                    .findFirst().orElseThrow();
            assertThat(becamePrimary.seq()).isBetween(started.seq(), succeeded.seq());
            assertThat(Duration.between(started.time(), succeeded.time())).isPositive();
            assertThat(rig.step("promote-dr-db").status()).isEqualTo(StepStatus.SUCCEEDED);
        }
    }

    @Test
    void aVerificationThatNeverHoldsFailsAtTheTimeoutSayingWhatWasLastSeen() throws Exception {
        Fault sickCluster = new Fault(Duration.ZERO, FaultKind.HEALTH_FAILING, "aks-dr", null, null, null);
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"), sickCluster)) {
            rig.autopilotUntil("use-dr-cluster");
            rig.incident.confirm("bob", "");

            StepOutcome outcome = rig.incident.run(Progress.NONE);

            assertThat(outcome.status()).isEqualTo(StepStatus.FAILED);
            assertThat(outcome.detail()).isEqualTo("timed out after 2m waiting for: DR cluster nodes ready (last seen: health degraded)");
            IncidentEvent started = last(rig.events(), EventTypes.STEP_STARTED, "use-dr-cluster");
            IncidentEvent failed = last(rig.events(), EventTypes.STEP_FAILED, "use-dr-cluster");
            assertThat(failed.text("reason")).isEqualTo(outcome.detail());
            assertThat(Duration.between(started.time(), failed.time())).isGreaterThanOrEqualTo(Duration.ofMinutes(2));
            StepRun step = rig.step("use-dr-cluster");
            assertThat(step.status()).isEqualTo(StepStatus.FAILED);
            assertThat(step.detail()).isEqualTo(outcome.detail());
            assertThat(rig.incident.state().status()).isEqualTo(IncidentStatus.RECOVERING);
        }
    }
}
