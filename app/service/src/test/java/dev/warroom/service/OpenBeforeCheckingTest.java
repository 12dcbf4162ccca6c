package dev.warroom.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.warroom.core.incident.Mode;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.PlanClearance;
import dev.warroom.core.incident.StepOutcome;
import dev.warroom.core.incident.StepProposal;
import dev.warroom.core.incident.StepStatus;
import dev.warroom.service.table.RequestTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TABLETOP opened before its plan's checks ran (the console's first frame does not wait for them): the incident
 * is there at once, and its dispatcher runs no action until the checks pass, and none ever if they fail. DRILL and
 * LIVE are still checked before they open.
 */
class OpenBeforeCheckingTest {

    @TempDir
    Path dir;

    private final IncidentService service = new IncidentService();

    @Test
    void aPlanThatFailsItsChecksOpensButNoActionOfItEverRuns() throws Exception {
        Path plan = failingPlan();
        try (IncidentHandle handle = service.openBeforeChecking(tabletop(plan))) {
            assertThat(handle.planCheck().standing().status()).isEqualTo(PlanClearance.Status.CHECKING);
            StepProposal step = Seam.untilAnActionStepIsUp(handle);

            StepOutcome whileChecking = Seam.confirmAndRun(handle, step);
            assertThat(whileChecking.detail()).contains("the plan is still being checked");

            PlanClearance.Standing checked = handle.planCheck().run();
            assertThat(checked.status()).isEqualTo(PlanClearance.Status.FAILED);
            assertThat(checked.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith(plan + ":"));
            assertThat(String.join("\n", checked.problems())).contains("formatVersion");
            assertThat(handle.incident().events()).filteredOn(e -> e.type().equals(EventTypes.PLAN_CHECKS_FAILED)).singleElement()
                    .satisfies(e -> {
                        assertThat(e.data().path("count").asInt()).isEqualTo(checked.problems().size());
                        assertThat(e.data().path("problems").get(0).asText()).isEqualTo(checked.problems().get(0));
                    });
            handle.planCheck().run();
            assertThat(handle.incident().events()).filteredOn(e -> e.type().equals(EventTypes.PLAN_CHECKS_FAILED)).as("recorded once").hasSize(1);

            handle.commands().retry().get(10, TimeUnit.SECONDS);
            StepProposal again = handle.commands().propose().get(10, TimeUnit.SECONDS).orElseThrow();
            StepOutcome afterFailing = Seam.confirmAndRun(handle, again);
            assertThat(afterFailing.detail()).contains("does not validate");
            assertThat(handle.state().procedures().stream().flatMap(r -> r.steps().stream()))
                    .noneMatch(s -> s.status() == StepStatus.SUCCEEDED && s.stepId().equals(step.step().id()));
        }
    }

    @Test
    void twoCallersAtOnceGetTheSameFailureAndTheJournalHasItOnce() throws Exception {
        Path plan = failingPlan();
        try (IncidentHandle handle = service.openBeforeChecking(tabletop(plan))) {
            PlanCheck check = handle.planCheck();
            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch written = new CountDownLatch(1);
            // the first caller's journal write is held until the second caller is waiting for the outcome
            check.recordFailureWith(problems -> {
                writing.countDown();
                try {
                    if (!written.await(10, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the second caller never waited for the outcome");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                handle.incident().planChecksFailed(problems);
            });
            FutureTask<PlanClearance.Standing> first = new FutureTask<>(check::run);
            FutureTask<PlanClearance.Standing> second = new FutureTask<>(check::run);
            Thread firstCaller = caller(first);
            firstCaller.start();
            assertThat(writing.await(10, TimeUnit.SECONDS)).as("the first caller is writing the failure").isTrue();
            Thread secondCaller = caller(second);
            secondCaller.start();

            try {
                await("the second caller waits for the outcome, not on a lock held across the write").atMost(Duration.ofSeconds(10))
                        .until(() -> secondCaller.getState() == Thread.State.WAITING);
            } finally {
                written.countDown();
            }

            PlanClearance.Standing firstStanding = first.get(10, TimeUnit.SECONDS);
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(firstStanding);
            assertThat(firstStanding.status()).isEqualTo(PlanClearance.Status.FAILED);
            assertThat(firstStanding.problems()).noneMatch(p -> p.contains("could not be written"));
            assertThat(handle.incident().events()).filteredOn(e -> e.type().equals(EventTypes.PLAN_CHECKS_FAILED)).singleElement()
                    .satisfies(e -> assertThat(e.data().path("count").asInt()).isEqualTo(firstStanding.problems().size()));
        }
    }

    private static Thread caller(Runnable call) {
        Thread thread = new Thread(call, "plan-check-caller");
        thread.setDaemon(true);
        return thread;
    }

    @Test
    void aPlanThatPassesItsChecksRunsItsActionsOnceTheyHavePassed() throws Exception {
        try (IncidentHandle handle = service.openBeforeChecking(tabletop(RequestTable.plan()))) {
            StepProposal step = Seam.untilAnActionStepIsUp(handle);

            assertThat(handle.planCheck().run().status()).isEqualTo(PlanClearance.Status.PASSED);
            StepOutcome outcome = Seam.confirmAndRun(handle, step);

            assertThat(outcome.detail()).doesNotContain("being checked");
            assertThat(handle.planCheck().run().problems()).isEmpty();
            assertThat(handle.incident().events()).noneMatch(e -> e.type().equals(EventTypes.PLAN_CHECKS_FAILED));
        }
    }

    @Test
    void aDrillOfAPlanThatFailsItsChecksIsRefusedBeforeAnythingOpens() throws Exception {
        Path plan = failingPlan();
        Path journal = dir.resolve("drill.jsonl");

        assertThatThrownBy(() -> service.openBeforeChecking(OpenRequest.of(plan, Mode.DRILL, Optional.empty(), journal, "alice",
                ClockChoice.virtualTime()))).isInstanceOf(RequestRefusedException.class).hasMessageContaining("does not validate");

        assertThat(journal).doesNotExist();
    }

    @Test
    void aPlanThatDoesNotEvenReadIsRefusedInTheChecksWords() throws Exception {
        Path plan = dir.resolve("broken.warroom.yaml");
        Files.writeString(plan, "formatVersion: 1\nid: [unclosed\n");
        Path journal = dir.resolve("incident.jsonl");

        assertThatThrownBy(() -> service.openBeforeChecking(tabletop(plan, journal))).isInstanceOf(RequestRefusedException.class)
                .hasMessageContaining("does not validate");
        assertThat(journal).doesNotExist();
    }

    /** The AI Workflow plan with a format version this WarRoom does not know: it still reads and binds, and fails its checks. */
    private Path failingPlan() throws Exception {
        Path plan = dir.resolve("ai-workflow.yaml");
        Files.writeString(plan, Files.readString(RequestTable.plan()).replaceFirst("(?m)^formatVersion: 1$", "formatVersion: 99"));
        return plan;
    }

    private OpenRequest tabletop(Path plan) {
        return tabletop(plan, dir.resolve("incident.jsonl"));
    }

    private static OpenRequest tabletop(Path plan, Path journal) {
        return OpenRequest.of(plan, Mode.TABLETOP, Optional.of("region-failure"), journal, "alice", ClockChoice.virtualTime()).withSeed(42);
    }
}
