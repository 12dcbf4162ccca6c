package dev.warroom.core.incident;

import static dev.warroom.core.incident.DrillRig.FACILITATOR;
import static dev.warroom.core.incident.DrillRig.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.drill.DrillState;
import dev.warroom.core.drill.InjectState;
import dev.warroom.core.drill.InjectStatus;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.plan.model.InjectTrigger;
import dev.warroom.core.plan.model.TriggerEvent;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.time.VirtualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tabletop drill on a virtual clock, as {@code --auto} runs one: injects fire at their time on the drill's
 * schedule or on the event their trigger names (after its delay), once; held ones wait and show as due;
 * skipped and ad-hoc ones are journalled; those that never came lapse when the incident ends.
 */
class DrillTabletopTest {

    @TempDir
    Path dir;

    private final VirtualClock clock = new VirtualClock(START);

    @Test
    void theOpeningNamesTheDrillAndTheEventsListStartsPending() throws Exception {
        Plan plan = DrillRig.plan();
        try (IncidentRuntime runtime = DrillRig.open(plan, dir.resolve("j.jsonl"), clock)) {
            IncidentEvent opened = runtime.incident().events().get(0);
            assertThat(opened.text("drill")).isEqualTo("quarterly");
            assertThat(opened.text("scenario")).isEqualTo("region-outage");

            DrillState drill = runtime.incident().state().drill().orElseThrow();
            assertThat(drill.drillId()).isEqualTo("quarterly");
            assertThat(drill.startedAt()).isEqualTo(START);
            assertThat(drill.injects()).extracting(InjectState::id)
                    .containsExactly("lag", "ceo-call", "press", "on-no", "on-no-later", "on-resync", "late");
            assertThat(drill.injects()).allMatch(i -> i.status() == InjectStatus.PENDING);
            assertThat(drill.inject("lag").orElseThrow().dueAt()).contains(START.plus(Duration.ofMinutes(10)));
        }
    }

    @Test
    void aScheduledInjectFiresWhenTheIncidentClockReachesItsTimeAndChangesTheSimulatedWorld() throws Exception {
        Plan plan = DrillRig.plan();
        try (IncidentRuntime runtime = DrillRig.open(plan, dir.resolve("j.jsonl"), clock)) {
            Incident incident = runtime.incident();
            clock.advance(Duration.ofMinutes(9));
            incident.note(NoteKind.NOTE, "nine minutes in", FACILITATOR);
            assertThat(status(incident, "lag")).isEqualTo(InjectStatus.PENDING);

            clock.advance(Duration.ofMinutes(1));
            incident.note(NoteKind.NOTE, "ten minutes in", FACILITATOR);

            IncidentEvent fired = DrillRig.last(runtime, EventTypes.INJECT_FIRED).orElseThrow();
            assertThat(fired.text("inject")).isEqualTo("lag");
            assertThat(fired.text("by")).isEqualTo("schedule");
            assertThat(fired.text("message")).isEqualTo("The DBA says the replica is 90 s behind");
            assertThat(fired.text("expect")).isEqualTo("Weigh the RPO");
            assertThat(fired.data().path("fault").path("fault").asText()).isEqualTo("replica-lag-spike");
            assertThat(fired.data().path("worldChanged").asBoolean()).isTrue();
            InjectState lag = incident.state().drill().orElseThrow().inject("lag").orElseThrow();
            assertThat(lag.status()).isEqualTo(InjectStatus.FIRED);
            assertThat(lag.firedBy()).isEqualTo("schedule");
            assertThat(lag.awaitsAcknowledgement()).isTrue();
            assertThat(runtime.world().nextScheduledChange(START)).as("the simulated world now has the lag spike").isPresent();

            incident.note(NoteKind.NOTE, "and later", FACILITATOR);
            assertThat(DrillRig.events(runtime, EventTypes.INJECT_FIRED)).as("fired once").hasSize(1);
        }
    }

    @Test
    void aHeldInjectWaitsAsDueAndFiresWhenReleased() throws Exception {
        Plan plan = DrillRig.plan();
        try (IncidentRuntime runtime = DrillRig.open(plan, dir.resolve("j.jsonl"), clock)) {
            Incident incident = runtime.incident();
            incident.drillDesk().hold("ceo-call", FACILITATOR);
            assertThat(status(incident, "ceo-call")).isEqualTo(InjectStatus.HELD);

            clock.advance(Duration.ofMinutes(21));
            incident.note(NoteKind.NOTE, "past its time", FACILITATOR);
            assertThat(status(incident, "ceo-call")).isEqualTo(InjectStatus.DUE);
            assertThat(firedIds(runtime)).doesNotContain("ceo-call");

            incident.drillDesk().release("ceo-call", FACILITATOR);
            assertThat(status(incident, "ceo-call")).isEqualTo(InjectStatus.FIRED);
            assertThat(DrillRig.last(runtime, EventTypes.INJECT_RELEASED).orElseThrow().actor()).isEqualTo(FACILITATOR);
            assertThatThrownBy(() -> incident.drillDesk().hold("ceo-call", FACILITATOR)).hasMessageContaining("has already fired");
        }
    }

    @Test
    void aScheduledInjectFiredEarlyByHandIsJournalledAsTheFacilitators() throws Exception {
        Plan plan = DrillRig.plan();
        try (IncidentRuntime runtime = DrillRig.open(plan, dir.resolve("j.jsonl"), clock)) {
            Incident incident = runtime.incident();
            incident.drillDesk().fire("lag", FACILITATOR);

            IncidentEvent fired = DrillRig.last(runtime, EventTypes.INJECT_FIRED).orElseThrow();
            assertThat(fired.text("inject")).isEqualTo("lag");
            assertThat(fired.text("by")).isEqualTo("facilitator");
            assertThat(fired.actor()).isEqualTo(FACILITATOR);
            assertThat(incident.state().drill().orElseThrow().inject("lag").orElseThrow().firedBy()).isEqualTo(FACILITATOR);

            clock.advance(Duration.ofMinutes(10));
            incident.note(NoteKind.NOTE, "its time comes", FACILITATOR);
            assertThat(DrillRig.events(runtime, EventTypes.INJECT_FIRED)).as("not fired again by the schedule").hasSize(1);
        }
    }

    @Test
    void triggeredInjectsComeOnTheirEventAndAfterTheirDelayOnce() throws Exception {
        Plan plan = DrillRig.plan();
        try (IncidentRuntime runtime = DrillRig.open(plan, dir.resolve("j.jsonl"), clock)) {
            Incident incident = runtime.incident();
            incident.answer("no", FACILITATOR);

            assertThat(status(incident, "on-no")).isEqualTo(InjectStatus.FIRED);
            assertThat(incident.state().drill().orElseThrow().inject("on-no").orElseThrow().firedBy()).isEqualTo("trigger");
            IncidentEvent triggered = DrillRig.events(runtime, EventTypes.INJECT_TRIGGERED).stream()
                    .filter(e -> e.text("inject").equals("on-no-later")).findFirst().orElseThrow();
            assertThat(triggered.text("dueAt")).isEqualTo(START.plus(Duration.ofMinutes(5)).toString());
            assertThat(status(incident, "on-no-later")).isEqualTo(InjectStatus.PENDING);

            clock.advance(Duration.ofMinutes(5));
            incident.note(NoteKind.NOTE, "five minutes on", FACILITATOR);
            assertThat(status(incident, "on-no-later")).isEqualTo(InjectStatus.FIRED);
            assertThat(DrillRig.events(runtime, EventTypes.INJECT_TRIGGERED)).extracting(e -> e.text("inject"))
                    .containsExactly("on-no", "on-no-later");
        }
    }

    @Test
    void skippedAndAdHocInjectsAreJournalledAndTheTeamAcknowledgesMessages() throws Exception {
        Plan plan = DrillRig.plan();
        try (IncidentRuntime runtime = DrillRig.open(plan, dir.resolve("j.jsonl"), clock)) {
            Incident incident = runtime.incident();
            assertThatThrownBy(() -> incident.drillDesk().skip("press", " ", FACILITATOR)).hasMessageContaining("say why");
            incident.drillDesk().skip("press", "no journalist today", FACILITATOR);
            clock.advance(Duration.ofMinutes(31));
            incident.note(NoteKind.NOTE, "half an hour", FACILITATOR);
            assertThat(firedIds(runtime)).doesNotContain("press");
            assertThat(incident.state().drill().orElseThrow().inject("press").orElseThrow().skipReason()).isEqualTo("no journalist today");

            String id = incident.drillDesk().add(new DrillInject(null, null, null, null, "The storage team reports a full disk", null,
                    FaultKind.RESOURCE_DOWN, "db-west", null, null, "Check the standby", null), FACILITATOR);
            assertThat(id).isEqualTo("adhoc-1");
            InjectState adHoc = incident.state().drill().orElseThrow().inject(id).orElseThrow();
            assertThat(adHoc.adHoc()).isTrue();
            assertThat(adHoc.status()).as("due at once").isEqualTo(InjectStatus.FIRED);
            assertThat(adHoc.worldChanged()).contains(true);
            assertThat(adHoc.firedBy()).as("fired by the facilitator who added it, not by the schedule").isEqualTo(FACILITATOR);
            IncidentEvent fired = DrillRig.last(runtime, EventTypes.INJECT_FIRED).orElseThrow();
            assertThat(fired.text("inject")).isEqualTo(id);
            assertThat(fired.text("by")).isEqualTo("facilitator");
            assertThat(fired.actor()).isEqualTo(FACILITATOR);
            assertThat(DrillRig.events(runtime, EventTypes.INJECT_FIRED)).filteredOn(e -> e.text("inject").equals(id)).as("fired once")
                    .hasSize(1);

            incident.drillDesk().acknowledge(id, "bob");
            InjectState acked = incident.state().drill().orElseThrow().inject(id).orElseThrow();
            assertThat(acked.acknowledgedBy()).contains("bob");
            assertThat(acked.acknowledgedAt()).contains(clock.now());
            assertThat(acked.awaitsAcknowledgement()).isFalse();
            assertThatThrownBy(() -> incident.drillDesk().acknowledge(id, "bob")).hasMessageContaining("already acknowledged by bob");
        }
    }

    @Test
    void anAdHocInjectMustSaySomethingAboutSomethingThatExists() throws Exception {
        Plan plan = DrillRig.plan();
        try (IncidentRuntime runtime = DrillRig.open(plan, dir.resolve("j.jsonl"), clock)) {
            DrillDesk desk = runtime.incident().drillDesk();
            assertThatThrownBy(() -> desk.add(new DrillInject(null, null, null, null, null, null, null, null, null, null, null, null),
                    FACILITATOR)).hasMessageContaining("needs a message for the team, a change to the world");
            assertThatThrownBy(() -> desk.add(new DrillInject(null, null, null, null, null, null, FaultKind.REGION_DOWN, "mars", null, null,
                    null, null), FACILITATOR)).hasMessageContaining("'mars' is neither a site nor a resource").hasMessageContaining("east");
            assertThatThrownBy(() -> desk.add(new DrillInject("lag", null, null, null, "again", null, null, null, null, null, null, null),
                    FACILITATOR)).hasMessageContaining("already has an inject 'lag'");
            assertThatThrownBy(() -> desk.add(new DrillInject(null, null, new InjectTrigger(TriggerEvent.STEP_STARTED, null, null, null,
                    "promte", null, null, null), null, "typo", null, null, null, null, null, null, null), FACILITATOR))
                    .hasMessageContaining("the trigger's step 'promte' is not in the plan (it has: go, promote, announce)");
            assertThat(DrillRig.events(runtime, EventTypes.INJECT_ADDED)).isEmpty();
        }
    }

    @Test
    void whenTheIncidentEndsTheInjectsThatNeverCameLapse() throws Exception {
        Plan plan = DrillRig.plan();
        try (IncidentRuntime runtime = DrillRig.open(plan, dir.resolve("j.jsonl"), clock)) {
            Incident incident = runtime.incident();
            incident.drillDesk().hold("ceo-call", FACILITATOR);
            incident.abort("the drill room is needed", FACILITATOR);

            IncidentEvent lapsed = DrillRig.last(runtime, EventTypes.INJECTS_LAPSED).orElseThrow();
            assertThat(lapsed.data().path("injects").findValuesAsText("inject"))
                    .containsExactly("lag", "ceo-call", "press", "on-no", "on-no-later", "on-resync", "late");
            DrillState drill = incident.state().drill().orElseThrow();
            assertThat(drill.inject("on-resync").orElseThrow().status()).isEqualTo(InjectStatus.NOT_TRIGGERED);
            assertThat(drill.inject("late").orElseThrow().status()).isEqualTo(InjectStatus.NOT_REACHED);
            assertThat(drill.inject("ceo-call").orElseThrow().status()).isEqualTo(InjectStatus.NOT_REACHED);
            assertThatThrownBy(() -> incident.drillDesk().fire("late", FACILITATOR)).hasMessageContaining("the incident is over");
        }
    }

    @Test
    void aRunToTheEndOnTheVirtualClockIsTheSameEveryTime() throws Exception {
        Plan plan = DrillRig.plan();
        List<String> first = autoRun(plan, dir.resolve("first.jsonl"));
        List<String> second = autoRun(plan, dir.resolve("second.jsonl"));
        assertThat(first).isEqualTo(second);
        assertThat(first).anyMatch(line -> line.startsWith(EventTypes.INJECT_FIRED + " on-no "));
    }

    private List<String> autoRun(Plan plan, Path journal) throws Exception {
        VirtualClock own = new VirtualClock(START);
        try (IncidentRuntime runtime = DrillRig.open(plan, journal, own)) {
            new IncidentDriver(runtime.incident(), new Autopilot(), Progress.NONE, IncidentRuntime.signalPatience(plan)).runToEnd();
            return runtime.incident().events().stream()
                    .filter(e -> e.type().startsWith("inject.") || e.type().startsWith("step.") || e.type().startsWith("incident."))
                    .map(e -> e.type() + " " + e.text("inject") + e.text("step") + " " + e.time()).toList();
        }
    }

    private static InjectStatus status(Incident incident, String injectId) {
        return incident.state().drill().orElseThrow().inject(injectId).orElseThrow().status();
    }

    private static List<String> firedIds(IncidentRuntime runtime) {
        return DrillRig.events(runtime, EventTypes.INJECT_FIRED).stream().map(e -> e.text("inject")).toList();
    }
}
