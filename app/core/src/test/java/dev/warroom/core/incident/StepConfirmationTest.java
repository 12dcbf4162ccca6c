package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Propose → preview → confirm: nothing runs until the commander says so, and destructive steps need the target's name typed. */
class StepConfirmationTest {

    @TempDir
    Path dir;

    @Test
    void aProposedStepShowsWhatItWillDoAndTheExactCallAndRecordsThatPreview() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            StepProposal proposal = rig.autopilotUntil("promote-dr-db");

            assertThat(proposal.status()).isEqualTo(StepStatus.PROPOSED);
            assertThat(proposal.preview()).get().satisfies(p -> {
                assertThat(p.summary()).isEqualTo("Promote ai-workflow-db-dr to a standalone, writable primary");
                assertThat(p.call()).startsWith("az postgres flexible-server replica promote").contains("--name ai-workflow-db-dr");
                assertThat(p.changes()).anySatisfy(c -> assertThat(c).contains("cannot be undone"));
            });
            IncidentEvent proposed = rig.events().get(rig.events().size() - 1);
            assertThat(proposed.type()).isEqualTo(EventTypes.STEP_PROPOSED);
            assertThat(proposed.text("step")).isEqualTo("promote-dr-db");
            assertThat(proposed.data().path("preview").path("call").asText()).isEqualTo(proposal.preview().get().call());
        }
    }

    @Test
    void aDestructiveStepRefusesAWrongTypedNameAndRecordsNothing() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        try (IncidentRig rig = IncidentRig.open(file)) {
            StepProposal proposal = rig.autopilotUntil("promote-dr-db");
            assertThat(proposal.typedConfirmation()).contains("ai-workflow-db-dr");
            int eventsBefore = rig.events().size();
            long linesBefore = Files.readAllLines(file).size();

            for (String wrong : new String[] {"", "yes", "db-dr", "ai-workflow-db-prod", "AI-WORKFLOW-DB-DR", "ai-workflow-db"}) {
                assertThatThrownBy(() -> rig.incident.confirm("bob", wrong))
                        .isInstanceOf(ConfirmationRefusedException.class)
                        .hasMessageContaining("type the target name 'ai-workflow-db-dr' exactly");
            }

            assertThat(rig.events()).hasSize(eventsBefore);
            assertThat(Files.readAllLines(file)).hasSize((int) linesBefore);
            assertThat(rig.step("promote-dr-db").status()).isEqualTo(StepStatus.PROPOSED);
            assertThat(rig.step("promote-dr-db").confirmedBy()).isEmpty();
            assertThatThrownBy(() -> rig.incident.run(Progress.NONE))
                    .isInstanceOf(IncidentStateException.class)
                    .hasMessageContaining("runs only after confirmation");
            assertThat(rig.events()).hasSize(eventsBefore);
        }
    }

    @Test
    void theRightTypedNameConfirmsAndRecordsWhoConfirmedAndWhatTheyTyped() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            rig.autopilotUntil("promote-dr-db");

            rig.incident.confirm("bob", "ai-workflow-db-dr");

            IncidentEvent confirmed = rig.events().get(rig.events().size() - 1);
            assertThat(confirmed.type()).isEqualTo(EventTypes.STEP_CONFIRMED);
            assertThat(confirmed.actor()).isEqualTo("bob");
            assertThat(confirmed.text("typed")).isEqualTo("ai-workflow-db-dr");
            assertThat(rig.step("promote-dr-db").status()).isEqualTo(StepStatus.CONFIRMED);
            assertThat(rig.step("promote-dr-db").confirmedBy()).contains("bob");
        }
    }

    @Test
    void aStepIsConfirmedOnceAndAnOrdinaryStepNeedsNoTypedName() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            StepProposal proposal = rig.autopilotUntil("verify-db");
            assertThat(proposal.needsTypedName()).isFalse();

            rig.incident.confirm("bob", "");
            int events = rig.events().size();

            assertThatThrownBy(() -> rig.incident.confirm("carol", ""))
                    .isInstanceOf(ConfirmationRefusedException.class)
                    .hasMessageContaining("is confirmed; only a proposed step can be confirmed");
            assertThat(rig.events()).hasSize(events);
            assertThat(rig.step("verify-db").confirmedBy()).contains("bob");
        }
    }
}
