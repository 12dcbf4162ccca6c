package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.plan.model.Fault;
import dev.warroom.core.plan.model.FaultKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Skip, retry, roll back and abort are the commander's explicit, recorded choices. */
class CommanderActionsTest {

    @TempDir
    Path dir;

    private static IncidentEvent lastEvent(IncidentRig rig) {
        List<IncidentEvent> events = rig.events();
        return events.get(events.size() - 1);
    }

    private static List<String> typesAfter(IncidentRig rig, long seq) {
        return rig.events().stream().filter(e -> e.seq() > seq).map(IncidentEvent::type)
                .filter(t -> !t.equals(EventTypes.STATE_CHANGED)).toList();
    }

    /** A fault on the DR cluster from now on, for {@code lasting} (for ever if null). */
    private static Fault sickClusterFromNow(IncidentRig rig, Duration lasting) {
        return new Fault(Duration.between(IncidentRig.START, rig.clock.now()), FaultKind.HEALTH_FAILING, "aks-dr", lasting, null, null);
    }

    @Test
    void skippingNeedsAReasonAndRecordsItWithWhoSkipped() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            rig.autopilotUntil("notify-team");
            int events = rig.events().size();

            for (String noReason : new String[] {null, "", "   "}) {
                assertThatThrownBy(() -> rig.incident.skip(noReason, "bob"))
                        .isInstanceOf(IncidentStateException.class).hasMessage("say why the step is skipped");
            }
            assertThat(rig.events()).hasSize(events);

            rig.incident.skip("  the team is already on the bridge  ", "bob");

            IncidentEvent skipped = lastEvent(rig);
            assertThat(skipped.type()).isEqualTo(EventTypes.STEP_SKIPPED);
            assertThat(skipped.actor()).isEqualTo("bob");
            assertThat(skipped.text("reason")).isEqualTo("the team is already on the bridge");
            assertThat(rig.step("notify-team").status()).isEqualTo(StepStatus.SKIPPED);
            assertThat(rig.step("notify-team").detail()).isEqualTo("the team is already on the bridge");
            assertThat(rig.incident.proposal()).get().extracting(p -> p.step().id()).isEqualTo("use-dr-cluster");
        }
    }

    @Test
    void aFailedStepIsRetriedOnlyWithANewConfirmation() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            rig.autopilotUntil("use-dr-cluster");
            rig.world.inject(sickClusterFromNow(rig, Duration.ofMinutes(3)), IncidentRig.START);
            rig.incident.confirm("bob", "");
            assertThat(rig.incident.run(Progress.NONE).status()).isEqualTo(StepStatus.FAILED);
            assertThatThrownBy(() -> rig.incident.run(Progress.NONE))
                    .isInstanceOf(IncidentStateException.class).hasMessageContaining("is failed; it runs only after confirmation");

            rig.incident.retry("carol");

            IncidentEvent retried = lastEvent(rig);
            assertThat(retried.type()).isEqualTo(EventTypes.STEP_RETRIED);
            assertThat(retried.actor()).isEqualTo("carol");
            assertThat(rig.step("use-dr-cluster").status()).isEqualTo(StepStatus.PENDING);
            assertThat(rig.step("use-dr-cluster").confirmedBy()).isEmpty();
            assertThatThrownBy(() -> rig.incident.run(Progress.NONE))
                    .isInstanceOf(IncidentStateException.class).hasMessageContaining("is pending; it runs only after confirmation");

            int before = rig.events().size();
            assertThat(rig.incident.proposal()).as("reading a proposal records nothing").get()
                    .extracting(StepProposal::status).isEqualTo(StepStatus.PENDING);
            assertThat(rig.incident.suggestion()).isEmpty();
            assertThat(rig.events()).hasSize(before);
            assertThat(rig.incident.propose()).get().extracting(StepProposal::status).isEqualTo(StepStatus.PROPOSED);
            rig.incident.confirm("carol", "");
            StepOutcome second = rig.incident.run(Progress.NONE);

            assertThat(second.status()).isEqualTo(StepStatus.SUCCEEDED);
            assertThat(typesAfter(rig, retried.seq())).startsWith(EventTypes.STEP_PROPOSED, EventTypes.STEP_CONFIRMED,
                    EventTypes.STEP_STARTED);
            assertThat(rig.step("use-dr-cluster").attempts()).isEqualTo(2);
            assertThat(rig.step("use-dr-cluster").confirmedBy()).contains("carol");
        }
    }

    @Test
    void onlyAFailedOrUnknownStepCanBeRetried() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            rig.autopilotUntil("use-dr-cluster");
            int events = rig.events().size();

            assertThatThrownBy(() -> rig.incident.retry("carol"))
                    .isInstanceOf(IncidentStateException.class)
                    .hasMessageContaining("step 'use-dr-cluster' is proposed; only a failed, refused, rolled-back or unknown-outcome step can be retried");
            assertThat(rig.events()).hasSize(events);
        }
    }

    @Test
    void rollingBackRunsThePlansRollbackActionAndRecordsIt() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            rig.autopilotUntil("switch-front-door");
            Fault expired = new Fault(Duration.between(IncidentRig.START, rig.clock.now()), FaultKind.CREDENTIALS_EXPIRED, "front-door",
                    Duration.ofMinutes(1), null, null);
            rig.world.inject(expired, IncidentRig.START);
            rig.incident.confirm("dave", "ai-workflow-fd");
            StepOutcome failed = rig.incident.run(Progress.NONE);
            assertThat(failed.status()).isEqualTo(StepStatus.FAILED);
            rig.clock.advance(Duration.ofMinutes(2));

            StepOutcome rolledBack = rig.incident.rollback("dave", Progress.NONE);

            assertThat(rolledBack.status()).isEqualTo(StepStatus.ROLLED_BACK);
            List<IncidentEvent> events = rig.events();
            IncidentEvent started = events.get(events.size() - 2);
            IncidentEvent done = events.get(events.size() - 1);
            assertThat(started.type()).isEqualTo(EventTypes.ROLLBACK_STARTED);
            assertThat(started.actor()).isEqualTo("dave");
            assertThat(started.text("rollback")).isEqualTo("Point Front Door back at the East US origin");
            assertThat(done.type()).isEqualTo(EventTypes.ROLLED_BACK);
            assertThat(done.actor()).isEqualTo("dave");
            assertThat(done.text("detail")).contains("ai-workflow-prod.eastus.cloudapp.azure.com").isEqualTo(rolledBack.detail());
            assertThat(rig.step("switch-front-door").status()).isEqualTo(StepStatus.ROLLED_BACK);
            assertThat(rig.incident.proposal()).get().satisfies(p -> {
                assertThat(p.step().id()).isEqualTo("switch-front-door");
                assertThat(p.status()).isEqualTo(StepStatus.ROLLED_BACK);
            });
        }
    }

    @Test
    void aStepWithoutARollbackActionIsRolledBackByHandAndTheRecordSaysSo() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            rig.autopilotUntil("promote-dr-db");
            rig.world.inject(new Fault(Duration.between(IncidentRig.START, rig.clock.now()), FaultKind.RESOURCE_DOWN, "db-dr",
                    null, null, null), IncidentRig.START);
            rig.incident.confirm("bob", "ai-workflow-db-dr");
            assertThat(rig.incident.run(Progress.NONE).status()).isEqualTo(StepStatus.FAILED);

            rig.incident.rollback("bob", Progress.NONE);

            assertThat(lastEvent(rig).type()).isEqualTo(EventTypes.ROLLED_BACK);
            assertThat(lastEvent(rig).text("detail")).startsWith("done by hand: Cannot be undone");
        }
    }

    @Test
    void aProposedStepCannotBeRolledBack() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            rig.autopilotUntil("switch-front-door");
            int events = rig.events().size();

            assertThatThrownBy(() -> rig.incident.rollback("dave", Progress.NONE))
                    .isInstanceOf(IncidentStateException.class).hasMessageContaining("only a failed or unknown-outcome step can be rolled back");
            assertThat(rig.events()).hasSize(events);
        }
    }

    @Test
    void abortingNeedsAReasonEndsTheIncidentAndNothingMoreRuns() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            rig.autopilotUntil("scale-api-gateway");
            assertThatThrownBy(() -> rig.incident.abort(" ", "alice"))
                    .isInstanceOf(IncidentStateException.class).hasMessage("say why the incident is aborted");

            rig.incident.abort("East US came back; failing over now would cost more than waiting", "alice");

            IncidentEvent aborted = lastEvent(rig);
            assertThat(aborted.type()).isEqualTo(EventTypes.ABORTED);
            assertThat(aborted.actor()).isEqualTo("alice");
            IncidentState state = rig.incident.state();
            assertThat(state.status()).isEqualTo(IncidentStatus.ABORTED);
            assertThat(state.endReason()).contains("East US came back; failing over now would cost more than waiting");
            assertThat(state.endedAt()).contains(aborted.time());
            assertThat(rig.incident.proposal()).isEmpty();
            int events = rig.events().size();
            assertThatThrownBy(() -> rig.incident.confirm("alice", "")).isInstanceOf(IncidentStateException.class);
            assertThatThrownBy(() -> rig.incident.abort("again", "alice")).hasMessage("the incident is already over");
            assertThat(rig.events()).hasSize(events);
        }
    }
}
