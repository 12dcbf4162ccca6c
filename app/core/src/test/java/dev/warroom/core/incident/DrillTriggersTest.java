package dev.warroom.core.incident;

import static dev.warroom.core.incident.DrillRig.FACILITATOR;
import static dev.warroom.core.incident.DrillRig.START;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.drill.DrillState;
import dev.warroom.core.drill.InjectStatus;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.time.VirtualClock;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of trigger an inject can wait for, in a whole run: steps, a ticked item, a signal holding. */
class DrillTriggersTest {

    private static final String TRIGGERS = """
            {"id": "triggers", "type": "tabletop", "title": "觸發演練", "scenario": "region-outage",
             "injects": [
               {"id": "go-proposed", "on": {"event": "step-proposed", "step": "go"}, "message": "The go/no-go is up"},
               {"id": "promote-started", "on": {"event": "step-started", "step": "promote"}, "message": "Promotion under way"},
               {"id": "promote-done", "on": {"event": "step-succeeded", "procedure": "failover", "step": "promote"}, "message": "Promoted"},
               {"id": "promote-failed", "on": {"event": "step-failed", "step": "promote"}, "message": "Never"},
               {"id": "other-procedure", "on": {"event": "step-succeeded", "procedure": "failback", "step": "promote"}, "message": "Never"},
               {"id": "lag-checked", "on": {"event": "item-ticked", "checklist": "before", "item": "replica-lag"}, "message": "Checked"},
               {"id": "primary-down", "on": {"event": "signal-holding", "signal": "primary-down"}, "message": "The primary is down for good"}]}
            """;

    @TempDir
    Path dir;

    @Test
    void eachTriggerFiresItsInjectOnceAndThoseNeverTriggeredLapseAsSuch() throws Exception {
        Plan plan = DrillRig.withDrill(TRIGGERS);
        try (IncidentRuntime runtime = DrillRig.open(plan, dir.resolve("j.jsonl"), new VirtualClock(START))) {
            Incident incident = runtime.incident();
            incident.tick("before", "replica-lag", FACILITATOR);
            assertThat(status(incident, "lag-checked")).isEqualTo(InjectStatus.FIRED);

            new IncidentDriver(incident, new Autopilot(), Progress.NONE, IncidentRuntime.signalPatience(plan)).runToEnd();

            DrillState drill = incident.state().drill().orElseThrow();
            assertThat(drill.injects()).filteredOn(i -> i.status() == InjectStatus.FIRED).extracting(i -> i.id())
                    .containsExactlyInAnyOrder("go-proposed", "promote-started", "promote-done", "lag-checked", "primary-down");
            assertThat(drill.injects()).filteredOn(i -> i.status() == InjectStatus.NOT_TRIGGERED).extracting(i -> i.id())
                    .containsExactlyInAnyOrder("promote-failed", "other-procedure");
            assertThat(DrillRig.events(runtime, EventTypes.INJECT_FIRED)).extracting(e -> e.text("inject")).doesNotHaveDuplicates();
            IncidentEvent signal = DrillRig.events(runtime, EventTypes.INJECT_FIRED).stream()
                    .filter(e -> e.text("inject").equals("primary-down")).findFirst().orElseThrow();
            IncidentEvent answered = DrillRig.last(runtime, EventTypes.ANSWERED).orElseThrow();
            assertThat(signal.seq()).as("the signal held before the autopilot took its suggestion").isLessThan(answered.seq());
        }
    }

    private static InjectStatus status(Incident incident, String injectId) {
        return incident.state().drill().orElseThrow().inject(injectId).orElseThrow().status();
    }
}
