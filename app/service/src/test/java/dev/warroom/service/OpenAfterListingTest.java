package dev.warroom.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.incident.PlanClearance;
import dev.warroom.core.incident.StepOutcome;
import dev.warroom.core.incident.StepProposal;
import dev.warroom.service.table.RequestTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TABLETOP opened on a plan file the service checked when a start screen listed it: the very bytes that passed open as
 * checked, so its actions run at once; a file changed since, even to another valid plan, is checked again, and one
 * broken since fails and runs nothing.
 */
class OpenAfterListingTest {

    @TempDir
    Path dir;

    private final IncidentService service = new IncidentService();

    @Test
    void theBytesThatPassedWhenListedOpenAsCheckedAndTheFirstActionRunsAtOnce() throws Exception {
        Path plan = listedPlan();

        try (IncidentHandle handle = service.openBeforeChecking(tabletop(plan))) {
            assertThat(handle.planCheck().standing().status()).isEqualTo(PlanClearance.Status.PASSED);
            StepOutcome outcome = Seam.confirmAndRun(handle, Seam.untilAnActionStepIsUp(handle));

            assertThat(outcome.succeeded()).as(outcome.detail()).isTrue();
            assertThat(handle.incident().events()).noneMatch(e -> e.type().equals(EventTypes.PLAN_CHECKS_FAILED));
        }
    }

    @Test
    void aPlanEditedAfterItWasListedIsCheckedAgainEvenThoughItStillPasses() throws Exception {
        Path plan = listedPlan();
        Files.writeString(plan, Files.readString(plan) + "\n# edited after the start screen listed it\n");

        try (IncidentHandle handle = service.openBeforeChecking(tabletop(plan))) {
            assertThat(handle.planCheck().standing().status()).isEqualTo(PlanClearance.Status.CHECKING);
            StepProposal step = Seam.untilAnActionStepIsUp(handle);
            assertThat(Seam.confirmAndRun(handle, step).detail()).contains("the plan is still being checked");

            assertThat(handle.planCheck().run().status()).isEqualTo(PlanClearance.Status.PASSED);
        }
    }

    @Test
    void aPlanBrokenAfterItWasListedIsCheckedAgainFailsAndRunsNoAction() throws Exception {
        Path plan = listedPlan();
        Files.writeString(plan, Files.readString(plan).replaceFirst("(?m)^formatVersion: 1$", "formatVersion: 99"));

        try (IncidentHandle handle = service.openBeforeChecking(tabletop(plan))) {
            assertThat(handle.planCheck().standing().status()).isEqualTo(PlanClearance.Status.CHECKING);
            PlanClearance.Standing checked = handle.planCheck().run();

            assertThat(checked.status()).isEqualTo(PlanClearance.Status.FAILED);
            assertThat(String.join("\n", checked.problems())).contains("formatVersion");
            assertThat(handle.incident().events()).filteredOn(e -> e.type().equals(EventTypes.PLAN_CHECKS_FAILED)).hasSize(1);
            StepOutcome outcome = Seam.confirmAndRun(handle, Seam.untilAnActionStepIsUp(handle));
            assertThat(outcome.succeeded()).isFalse();
            assertThat(outcome.detail()).contains("does not validate");
        }
    }

    /** A copy of the AI Workflow plan, checked by the service as the start screen lists it. */
    private Path listedPlan() throws Exception {
        Path plan = Files.copy(RequestTable.plan(), dir.resolve("ai-workflow.yaml"));
        assertThat(service.checkPlan(plan).passed()).isTrue();
        return plan;
    }

    private OpenRequest tabletop(Path plan) {
        return OpenRequest.of(plan, Mode.TABLETOP, Optional.of("region-failure"), dir.resolve("incident.jsonl"), "alice",
                ClockChoice.virtualTime()).withSeed(42);
    }
}
