package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.report.IncidentReport;
import dev.warroom.core.report.ReportBuilder;
import dev.warroom.core.report.StepRow;
import dev.warroom.core.report.TimelineWords;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record says only what was checked: each done step says how its outcome was established; a
 * manual check asks a person; a go/no-go can be refused and then stops the procedure.
 */
class OutcomeEvidenceTest {

    private static final String CHECKED_STEP = "enable-monitoring";
    private static final String CHECK = "DR alerting rules active";

    @TempDir
    Path dir;

    private static IncidentEvent last(IncidentRig rig, String type, String step) {
        return rig.events().stream().filter(e -> e.type().equals(type) && e.text("step").equals(step)).reduce((a, b) -> b).orElseThrow();
    }

    /** Runs the checked step's work and leaves it waiting for a person's answer. */
    private static void runUpToTheCheck(IncidentRig rig) throws Exception {
        rig.autopilotUntil(CHECKED_STEP);
        rig.incident.confirm("ana", "");
        StepOutcome outcome = rig.incident.run(Progress.NONE);
        assertThat(outcome.status()).isEqualTo(StepStatus.AWAITING_CHECK);
        assertThat(outcome.detail()).isEqualTo(CHECK);
    }

    @Test
    void theAutopilotCannotCheckSoAManualCheckIsRecordedAsNotVerifiedNeverAsMet() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("auto.jsonl"))) {
            rig.driveToEnd(new Autopilot());

            assertThat(last(rig, EventTypes.STEP_CHECK_ASKED, CHECKED_STEP).text("question")).isEqualTo(CHECK);
            IncidentEvent done = last(rig, EventTypes.STEP_SUCCEEDED, CHECKED_STEP);
            assertThat(done.text("established")).isEqualTo("unverified");
            assertThat(rig.step(CHECKED_STEP).unverified()).isTrue();
            IncidentReport report = ReportBuilder.build(IncidentRig.plan(), rig.events());
            StepRow row = report.steps().stream().filter(s -> s.step().equals(CHECKED_STEP)).findFirst().orElseThrow();
            assertThat(row.status()).isEqualTo("done — not verified");
            assertThat(row.established()).startsWith("not verified: nobody checked '" + CHECK + "'");
            assertThat(new TimelineWords(IncidentRig.plan()).describe(done)).get()
                    .satisfies(w -> assertThat(w.event()).startsWith("Done — not verified: "));
        }
    }

    @Test
    void aStepVerifiedByWatchingStateNamesTheReadingAndWhenItWasSeen() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("watched.jsonl"))) {
            rig.driveToEnd(new Autopilot());

            IncidentEvent promoted = last(rig, EventTypes.STEP_SUCCEEDED, "promote-dr-db");
            assertThat(promoted.text("established")).isEqualTo("verified");
            assertThat(promoted.text("resource")).isNotEmpty();
            assertThat(promoted.text("evidence")).contains("primary");
            assertThat(promoted.text("seenAt")).isNotEmpty();
            assertThat(rig.step("promote-dr-db").evidence()).get().satisfies(e -> {
                assertThat(e.how()).isEqualTo(Established.VERIFIED);
                assertThat(e.words()).startsWith("verified: " + promoted.text("resource") + ": ").contains("(seen ");
            });
        }
    }

    @Test
    void aPersonsYesIsRecordedAsConfirmedByThemWithWhatTheyWereAsked() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("yes.jsonl"))) {
            runUpToTheCheck(rig);

            rig.incident.answerCheck(true, "3 DR rules firing in Grafana", "ana");

            StepRun run = rig.step(CHECKED_STEP);
            assertThat(run.status()).isEqualTo(StepStatus.SUCCEEDED);
            assertThat(run.evidence()).get().satisfies(e -> {
                assertThat(e.how()).isEqualTo(Established.CONFIRMED);
                assertThat(e.words()).isEqualTo("confirmed by ana: asked '" + CHECK + "' — yes: 3 DR rules firing in Grafana");
            });
            assertThat(last(rig, EventTypes.STEP_SUCCEEDED, CHECKED_STEP).actor()).isEqualTo("warroom");
            assertThat(rig.incident.proposal()).get().extracting(p -> p.step().id()).isNotEqualTo(CHECKED_STEP);
        }
    }

    @Test
    void aPersonsNoFailsTheStepWithTheirWordsAndTheAutopilotDoesNotOverrideIt() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("no.jsonl"))) {
            runUpToTheCheck(rig);

            rig.incident.answerCheck(false, "no DR rule in Grafana", "ana");

            StepRun run = rig.step(CHECKED_STEP);
            assertThat(run.status()).isEqualTo(StepStatus.FAILED);
            assertThat(run.detail()).isEqualTo("check failed: asked '" + CHECK + "', ana answered no: no DR rule in Grafana");
            StepProposal failed = rig.incident.proposal().orElseThrow();
            assertThat(new Autopilot().recover(failed).choice()).isEqualTo(Commander.Recovery.Choice.ABORT);
        }
    }

    @Test
    void aCheckIsAnsweredOnlyWhenOneIsAsked() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("early.jsonl"))) {
            rig.autopilotUntil(CHECKED_STEP);

            assertThatThrownBy(() -> rig.incident.answerCheck(true, "looks fine", "ana"))
                    .isInstanceOf(IncidentStateException.class).hasMessageContaining("nothing is asked to be checked");
        }
    }

    @Test
    void aCheckAskedBeforeACrashIsAskedAgainAfterResumeAndTheStepIsNotRunAgain() throws Exception {
        Path file = dir.resolve("crash.jsonl");
        try (IncidentRig rig = IncidentRig.open(file)) {
            runUpToTheCheck(rig);
        }
        try (IncidentRig rig = IncidentRig.resume(file, "ana")) {
            assertThat(rig.step(CHECKED_STEP).status()).isEqualTo(StepStatus.AWAITING_CHECK);
            long starts = rig.events().stream().filter(e -> e.type().equals(EventTypes.STEP_STARTED)
                    && e.text("step").equals(CHECKED_STEP)).count();

            rig.incident.answerCheck(true, "rules active", "ana");

            assertThat(rig.step(CHECKED_STEP).status()).isEqualTo(StepStatus.SUCCEEDED);
            assertThat(rig.events().stream().filter(e -> e.type().equals(EventTypes.STEP_STARTED)
                    && e.text("step").equals(CHECKED_STEP)).count()).isEqualTo(starts);
        }
    }

    @Test
    void aGoNoGoAnsweredGoIsConfirmedByTheCommanderWithItsPrompt() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("go.jsonl"))) {
            rig.driveToEnd(new Autopilot());

            assertThat(rig.step("authorize").evidence()).get().satisfies(e -> {
                assertThat(e.how()).isEqualTo(Established.CONFIRMED);
                assertThat(e.by()).isEqualTo("autopilot");
                assertThat(e.asked()).isEqualTo("確認執行完整 DR 故障轉移? (yes/no)");
            });
        }
    }

    @Test
    void aRefusedGoNoGoStopsTheProcedureAtThatStep() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("refused.jsonl"))) {
            rig.autopilotUntil("authorize");

            rig.incident.refuse("no written approval from the CTO", "bob");

            StepRun refused = rig.step("authorize");
            assertThat(refused.status()).isEqualTo(StepStatus.REFUSED);
            assertThat(refused.detail()).isEqualTo("refused by bob: no written approval from the CTO");
            StepProposal still = rig.incident.proposal().orElseThrow();
            assertThat(still.step().id()).isEqualTo("authorize");
            assertThatThrownBy(() -> rig.incident.run(Progress.NONE)).isInstanceOf(IncidentStateException.class);
            assertThat(rig.events()).noneMatch(e -> e.type().equals(EventTypes.STEP_STARTED));
            assertThat(rig.incident.state().status()).isEqualTo(IncidentStatus.RECOVERING);
            assertThat(new Autopilot().recover(still).choice()).isEqualTo(Commander.Recovery.Choice.ABORT);

            rig.incident.retry("bob");
            assertThat(rig.incident.propose()).get().satisfies(p -> {
                assertThat(p.step().id()).isEqualTo("authorize");
                assertThat(p.status()).isEqualTo(StepStatus.PROPOSED);
            });
        }
    }

    @Test
    void onlyAGoNoGoCanBeRefused() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("not-a-go.jsonl"))) {
            rig.autopilotUntil(CHECKED_STEP);

            assertThatThrownBy(() -> rig.incident.refuse("no", "bob")).isInstanceOf(IncidentStateException.class)
                    .hasMessageContaining("is not a go/no-go");
        }
    }
}
