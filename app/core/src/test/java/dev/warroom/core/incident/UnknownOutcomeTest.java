package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.model.Step;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A step whose outcome is judged by its own result (a chat message, an SQL check) and that a crash
 * interrupted: it stays "outcome unknown" in words, is never re-run blindly, and a chat message re-sent
 * by the autopilot carries the idempotency key of the lost attempt.
 */
class UnknownOutcomeTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static List<String> lines;
    private static List<IncidentEvent> events;

    @BeforeAll
    static void runOneIncidentToTheEnd() throws Exception {
        Path file = shared.resolve("reference.jsonl");
        try (IncidentRig rig = IncidentRig.open(file)) {
            rig.driveToEnd(new Autopilot());
        }
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        events = IncidentRig.eventsIn(file);
    }

    private Path crashedAfter(Predicate<IncidentEvent> where) throws Exception {
        int n = events.indexOf(events.stream().filter(where).findFirst().orElseThrow()) + 1;
        return Files.write(dir.resolve("crashed.jsonl"), lines.subList(0, n), StandardCharsets.UTF_8);
    }

    private static Predicate<IncidentEvent> started(String step) {
        return e -> e.type().equals(EventTypes.STEP_STARTED) && e.text("step").equals(step);
    }

    private static Predicate<IncidentEvent> is(String type, String step) {
        return e -> e.type().equals(type) && e.text("step").equals(step);
    }

    @Test
    void aChatMessageStartedBeforeTheCrashStaysOfUnknownOutcomeInWordsAndIsNotFailed() throws Exception {
        try (IncidentRig rig = IncidentRig.resume(crashedAfter(started("notify-team")), "bob")) {
            StepOutcome outcome = rig.incident.verifyUnknownOutcome("bob", Progress.NONE);

            assertThat(outcome.status()).isEqualTo(StepStatus.OUTCOME_UNKNOWN);
            assertThat(outcome.detail()).startsWith(UnknownOutcomes.CANNOT_CHECK)
                    .contains("the chat message may or may not have reached the channel");
            StepProposal after = rig.incident.proposal().orElseThrow();
            assertThat(after.status()).isEqualTo(StepStatus.OUTCOME_UNKNOWN);
            assertThat(after.detail()).isEqualTo(outcome.detail());
            assertThat(rig.events().stream().filter(is(EventTypes.STEP_FAILED, "notify-team"))).isEmpty();
            IncidentEvent unknown = rig.events().stream().filter(is(EventTypes.STEP_OUTCOME_UNKNOWN, "notify-team")).findFirst().orElseThrow();
            String key = rig.events().stream().filter(started("notify-team")).findFirst().orElseThrow().text("idempotencyKey");
            assertThat(key).matches("wr-[0-9a-f]{16}");
            assertThat(unknown.text("idempotencyKey")).isEqualTo(key);
            assertThat(rig.events().stream().filter(started("notify-team"))).hasSize(1);
        }
    }

    @Test
    void theAutopilotResendsAnUnknownChatMessageOnlyUnderTheSameIdempotencyKey() throws Exception {
        try (IncidentRig rig = IncidentRig.resume(crashedAfter(started("notify-team")), "bob")) {
            rig.driveToEnd(new Autopilot());

            List<IncidentEvent> all = rig.events();
            List<String> keys = all.stream().filter(started("notify-team")).map(e -> e.text("idempotencyKey")).toList();
            assertThat(keys).hasSize(2);
            assertThat(keys.get(1)).isEqualTo(keys.get(0));
            assertThat(all.stream().filter(is(EventTypes.STEP_OUTCOME_UNKNOWN, "notify-team"))).hasSize(1);
            assertThat(ResumeChecks.violations(all)).isEmpty();
            assertThat(rig.incident.state().status()).isEqualTo(IncidentStatus.RESOLVED);
            List<String> completeKeys = all.stream().filter(started("notify-complete")).map(e -> e.text("idempotencyKey")).toList();
            assertThat(completeKeys).singleElement().isNotEqualTo(keys.get(0));
        }
    }

    @Test
    void anSqlCheckStartedBeforeTheCrashIsRunAgainByTheAutopilotBecauseItOnlyReads() throws Exception {
        try (IncidentRig rig = IncidentRig.resume(crashedAfter(started("verify-db")), "bob")) {
            rig.driveToEnd(new Autopilot());

            List<IncidentEvent> all = rig.events();
            assertThat(all.stream().filter(is(EventTypes.STEP_OUTCOME_UNKNOWN, "verify-db")).findFirst().orElseThrow().text("reason"))
                    .startsWith(UnknownOutcomes.CANNOT_CHECK).contains("the answer of sql.check was lost with the crash");
            assertThat(all.stream().filter(is(EventTypes.STEP_SUCCEEDED, "verify-db"))).hasSize(1);
            assertThat(ResumeChecks.violations(all)).isEmpty();
        }
    }

    @Test
    void theAutopilotNeverRunsAWorldChangeAgainWhoseOutcomeStaysUnknown() {
        Step promote = IncidentRig.plan().procedures().stream().flatMap(p -> p.steps().stream())
                .filter(s -> s.id().equals("promote-dr-db")).findFirst().orElseThrow();
        StepProposal unknown = new StepProposal("full-failover", promote, StepStatus.OUTCOME_UNKNOWN, java.util.Optional.empty(),
                java.util.Optional.of("ai-workflow-db-dr"), UnknownOutcomes.CANNOT_CHECK, 1);
        Autopilot autopilot = new Autopilot();

        assertThat(autopilot.recover(unknown).choice()).isEqualTo(Commander.Recovery.Choice.VERIFY);
        Commander.Recovery second = autopilot.recover(unknown);

        assertThat(second.choice()).isEqualTo(Commander.Recovery.Choice.ABORT);
        assertThat(second.reason()).contains("promote-dr-db").contains("a person must check it");
        assertThat(UnknownOutcomes.safeToRunAgain(promote)).isEmpty();
    }
}
