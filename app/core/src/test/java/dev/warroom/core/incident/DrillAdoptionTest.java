package dev.warroom.core.incident;

import static dev.warroom.core.incident.DrillRig.FACILITATOR;
import static dev.warroom.core.incident.DrillRig.START;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.time.VirtualClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A drill in play carries across to another plan only if that plan has it, with the injects that have already moved on. */
class DrillAdoptionTest {

    @TempDir
    Path dir;

    @Test
    void aPlanWithoutTheDrillOrItsFiredInjectIsRefusedInWords() throws Exception {
        Plan plan = DrillRig.plan();
        VirtualClock clock = new VirtualClock(START);
        try (IncidentRuntime runtime = DrillRig.open(plan, dir.resolve("j.jsonl"), clock)) {
            clock.advance(Duration.ofMinutes(10));
            runtime.incident().note(NoteKind.NOTE, "the lag inject fires", FACILITATOR);

            Plan same = DrillRig.plan();
            assertThat(PlanAdoption.problems(plan, same, runtime.incident().events())).isEmpty();

            Plan otherDrill = DrillRig.withDrill(DrillRig.DRILL.replace("\"id\": \"quarterly\"", "\"id\": \"yearly\""));
            assertThat(PlanAdoption.problems(plan, otherDrill, runtime.incident().events()))
                    .containsExactly("the incident plays drill 'quarterly', which the new plan does not have");

            Plan withoutLag = DrillRig.withDrill(DrillRig.DRILL.replace("\"id\": \"lag\"", "\"id\": \"lag-2\""));
            assertThat(PlanAdoption.problems(plan, withoutLag, runtime.incident().events()))
                    .containsExactly("inject 'lag' of drill 'quarterly' is fired, and the new plan's drill does not have it");
        }
    }
}
