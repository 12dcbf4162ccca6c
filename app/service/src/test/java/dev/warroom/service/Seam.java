package dev.warroom.service;

import dev.warroom.core.incident.Autopilot;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.incident.StepOutcome;
import dev.warroom.core.incident.StepProposal;
import dev.warroom.core.incident.StepStatus;
import dev.warroom.service.table.RequestTable;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Opens incidents on the service for the seam tests. */
final class Seam {

    private Seam() {
    }

    static IncidentHandle tabletop(Path journal) throws Exception {
        IncidentService service = new IncidentService();
        return service.open(service.prepareOpen(OpenRequest.of(RequestTable.plan(), Mode.TABLETOP, Optional.of("region-failure"), journal,
                "alice", ClockChoice.virtualTime()).withSeed(42)));
    }

    /** Lets the autopilot answer, and carries out the steps done by hand, until an action step is proposed. */
    static StepProposal untilAnActionStepIsUp(IncidentHandle handle) throws Exception {
        Autopilot autopilot = new Autopilot();
        for (int i = 0; i < 40; i++) {
            Optional<StepProposal> proposal = handle.commands().propose().get(10, TimeUnit.SECONDS);
            if (proposal.isPresent() && proposal.get().status() == StepStatus.PROPOSED) {
                StepProposal p = proposal.get();
                if (p.step().action() != null) {
                    return p;
                }
                handle.commands().confirm(p.step().id(), p.typedConfirmation().orElse("")).get(10, TimeUnit.SECONDS);
                handle.commands().run((stepId, words) -> { }).get(10, TimeUnit.SECONDS);
                continue;
            }
            var node = handle.incident().currentNode().orElseThrow();
            switch (node.type()) {
                case QUESTION -> handle.commands().answer(autopilot.answer(node, handle.incident().suggestion(), Optional.empty()))
                        .get(10, TimeUnit.SECONDS);
                case WAIT -> handle.commands().finishWait().get(10, TimeUnit.SECONDS);
                case REASSESS -> handle.commands().reassess().get(30, TimeUnit.SECONDS);
                default -> throw new AssertionError("stuck at " + node.id() + " (" + node.type() + ")");
            }
        }
        throw new AssertionError("no step came up");
    }

    /** Confirms a proposed step (typing its name when it asks for it) and runs it. */
    static StepOutcome confirmAndRun(IncidentHandle handle, StepProposal step) throws Exception {
        handle.commands().confirm(step.step().id(), step.typedConfirmation().orElse("")).get(10, TimeUnit.SECONDS);
        return handle.commands().run((stepId, words) -> { }).get(10, TimeUnit.SECONDS);
    }
}
