package dev.warroom.core.incident;

import static dev.warroom.core.incident.DrillRig.FACILITATOR;
import static dev.warroom.core.incident.DrillRig.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.warroom.core.drill.DrillClock;
import dev.warroom.core.drill.InjectStatus;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.time.AcceleratedClock;
import dev.warroom.core.time.VirtualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TABLETOP drill clock is the incident's own: paused, it stops incident time; sped up, it runs faster,
 * and the scheduled injects follow it (fired by the ticker of real time). Every change is journalled; the
 * virtual clock of an automatic run refuses them in words.
 */
class DrillClockTest {

    @TempDir
    Path dir;

    /** Real time as the accelerated clock sees it, moved by hand. */
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void pausingStopsIncidentTimeAndTheScheduleWithItAndResumingJournalsHowLongItHeld() throws Exception {
        Plan plan = DrillRig.plan();
        AcceleratedClock clock = new AcceleratedClock(START, 1, nanos::get);
        try (IncidentRuntime runtime = DrillRig.open(plan, dir.resolve("j.jsonl"), clock)) {
            Incident incident = runtime.incident();
            nanos.addAndGet(TimeUnit.MINUTES.toNanos(9));
            incident.drillClock().pause(FACILITATOR);

            assertThat(clock.isPaused()).isTrue();
            nanos.addAndGet(TimeUnit.MINUTES.toNanos(30));
            assertThat(clock.now()).as("incident time stands still").isEqualTo(START.plus(Duration.ofMinutes(9)));
            incident.note(NoteKind.NOTE, "during the pause", FACILITATOR);
            assertThat(status(incident, "lag")).isEqualTo(InjectStatus.PENDING);
            DrillClock paused = incident.state().drill().orElseThrow().clock();
            assertThat(paused.paused()).isTrue();
            assertThat(paused.pausedAt()).contains(START.plus(Duration.ofMinutes(9)));
            assertThatThrownBy(() -> incident.drillClock().pause(FACILITATOR)).hasMessageContaining("already paused");

            incident.drillClock().resume(FACILITATOR);
            assertThat(clock.isPaused()).isFalse();
            IncidentEvent resumed = DrillRig.last(runtime, EventTypes.CLOCK_RESUMED).orElseThrow();
            assertThat(resumed.text("heldFor")).isNotEmpty();
            assertThat(resumed.actor()).isEqualTo(FACILITATOR);
            assertThat(incident.state().drill().orElseThrow().clock().paused()).isFalse();

            nanos.addAndGet(TimeUnit.MINUTES.toNanos(1));
            await().atMost(Duration.ofSeconds(10)).until(() -> status(incident, "lag") == InjectStatus.FIRED);
            IncidentEvent fired = DrillRig.last(runtime, EventTypes.INJECT_FIRED).orElseThrow();
            assertThat(fired.time()).as("fired on the ticker once incident time reached 10m").isEqualTo(START.plus(Duration.ofMinutes(10)));
        }
    }

    @Test
    void anAdHocInjectAddedWhileThePauseHoldsWaitsAndTheScheduleFiresItOnResume() throws Exception {
        Plan plan = DrillRig.plan();
        AcceleratedClock clock = new AcceleratedClock(START, 1, nanos::get);
        try (IncidentRuntime runtime = DrillRig.open(plan, dir.resolve("j.jsonl"), clock)) {
            Incident incident = runtime.incident();
            incident.drillClock().pause(FACILITATOR);
            String id = incident.drillDesk().add(new DrillInject(null, null, null, null, "The storage team reports a full disk", null,
                    null, null, null, null, null, null), FACILITATOR);
            assertThat(status(incident, id)).as("held by the pause").isEqualTo(InjectStatus.PENDING);

            incident.drillClock().resume(FACILITATOR);
            await().atMost(Duration.ofSeconds(10)).until(() -> status(incident, id) == InjectStatus.FIRED);
            IncidentEvent fired = DrillRig.last(runtime, EventTypes.INJECT_FIRED).orElseThrow();
            assertThat(fired.text("by")).as("the clock fired it, not the facilitator's hand").isEqualTo("schedule");
            assertThat(incident.state().drill().orElseThrow().inject(id).orElseThrow().firedBy()).isEqualTo("schedule");
        }
    }

    @Test
    void aFasterClockBringsTheScheduleSoonerInRealTime() throws Exception {
        Plan plan = DrillRig.plan();
        AcceleratedClock clock = new AcceleratedClock(START, 1, nanos::get);
        try (IncidentRuntime runtime = DrillRig.open(plan, dir.resolve("j.jsonl"), clock)) {
            Incident incident = runtime.incident();
            incident.drillClock().setSpeed(60, FACILITATOR);

            assertThat(clock.runningSpeed()).isEqualTo(60);
            assertThat(DrillRig.last(runtime, EventTypes.CLOCK_SPEED_CHANGED).orElseThrow().data().path("speed").asDouble()).isEqualTo(60);
            assertThat(incident.state().drill().orElseThrow().clock().speed()).isEqualTo(60);
            assertThatThrownBy(() -> incident.drillClock().setSpeed(60, FACILITATOR)).hasMessageContaining("already runs at 60×");
            assertThatThrownBy(() -> incident.drillClock().setSpeed(0, FACILITATOR)).hasMessageContaining("positive number");

            nanos.addAndGet(TimeUnit.SECONDS.toNanos(10));
            assertThat(clock.now()).isEqualTo(START.plus(Duration.ofMinutes(10)));
            await().atMost(Duration.ofSeconds(10)).until(() -> status(incident, "lag") == InjectStatus.FIRED);
        }
    }

    @Test
    void theVirtualClockOfAnAutomaticRunCannotBePausedOrSpedUp() throws Exception {
        Plan plan = DrillRig.plan();
        try (IncidentRuntime runtime = DrillRig.open(plan, dir.resolve("j.jsonl"), new VirtualClock(START))) {
            DrillClockControl control = runtime.incident().drillClock();
            assertThatThrownBy(() -> control.pause(FACILITATOR)).hasMessageContaining("virtual").hasMessageContaining("cannot be paused");
            assertThatThrownBy(() -> control.setSpeed(10, FACILITATOR)).hasMessageContaining("virtual");
            assertThat(DrillRig.events(runtime, EventTypes.CLOCK_PAUSED)).isEmpty();
        }
    }

    private static InjectStatus status(Incident incident, String injectId) {
        return incident.state().drill().orElseThrow().inject(injectId).orElseThrow().status();
    }
}
