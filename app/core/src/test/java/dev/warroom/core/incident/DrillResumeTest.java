package dev.warroom.core.incident;

import static dev.warroom.core.incident.DrillRig.FACILITATOR;
import static dev.warroom.core.incident.DrillRig.START;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.drill.DrillState;
import dev.warroom.core.drill.InjectStatus;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.time.AcceleratedClock;
import dev.warroom.core.time.VirtualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A drill survives a crash: the resumed incident rebuilds the events list from the journal, fires nothing
 * twice, keeps held injects held and skipped ones skipped, re-arms the pending ones (ad-hoc included),
 * rebuilds the simulated world with the changes injects made, and brings the drill clock back as it was.
 */
class DrillResumeTest {

    @TempDir
    Path dir;

    @Test
    void aResumedDrillPicksUpItsEventsListWhereTheCrashLeftIt() throws Exception {
        Plan plan = DrillRig.plan();
        Path journal = dir.resolve("drill.jsonl");
        VirtualClock clock = new VirtualClock(START);
        try (IncidentRuntime first = DrillRig.open(plan, journal, clock)) {
            Incident incident = first.incident();
            incident.drillDesk().hold("ceo-call", FACILITATOR);
            incident.drillDesk().skip("press", "not today", FACILITATOR);
            incident.drillDesk().add(new DrillInject("storage", Duration.ofMinutes(40), null, null, "The storage team calls", null, null, null,
                    null, null, null, null), FACILITATOR);
            clock.advance(Duration.ofMinutes(11));
            incident.note(NoteKind.NOTE, "the lag inject fires now", FACILITATOR);
            assertThat(status(incident, "lag")).isEqualTo(InjectStatus.FIRED);
        }

        Instant crash = last(IncidentRig.eventsIn(journal)).time();
        VirtualClock later = new VirtualClock(crash.plus(Duration.ofMinutes(30)));
        try (IncidentRuntime resumed = TabletopRuntime.resume(plan, journal, later, false, FACILITATOR, e -> { })) {
            Incident incident = resumed.incident();
            DrillState drill = incident.state().drill().orElseThrow();
            assertThat(drill.drillId()).isEqualTo("quarterly");
            assertThat(drill.inject("lag").orElseThrow().status()).isEqualTo(InjectStatus.FIRED);
            assertThat(drill.inject("press").orElseThrow().status()).isEqualTo(InjectStatus.SKIPPED);
            assertThat(drill.inject("storage").orElseThrow().adHoc()).isTrue();
            assertThat(drill.inject("ceo-call").orElseThrow().status()).as("held, and its time has come").isEqualTo(InjectStatus.DUE);
            assertThat(drill.inject("storage").orElseThrow().status()).as("41 minutes in: the ad-hoc inject at 40m fired on resume")
                    .isEqualTo(InjectStatus.FIRED);
            assertThat(fired(resumed, "lag")).as("fired once, before the crash").hasSize(1);
            assertThat(fired(resumed, "ceo-call")).isEmpty();

            Resource west = plan.sites().stream().flatMap(s -> s.resources().stream()).filter(r -> r.id().equals("db-west")).findFirst()
                    .orElseThrow();
            assertThat(resumed.world().probeFor(west.kind()).orElseThrow().observe(west).lag())
                    .as("the rebuilt world has the lag the inject caused").hasValueSatisfying(l -> assertThat(l).isGreaterThan(Duration.ZERO));

            incident.drillDesk().release("ceo-call", FACILITATOR);
            assertThat(status(incident, "ceo-call")).isEqualTo(InjectStatus.FIRED);
        }
    }

    @Test
    void aResumedTabletopDrillClockComesBackPausedAtTheSpeedItWasLeftAt() throws Exception {
        Plan plan = DrillRig.plan();
        Path journal = dir.resolve("clock.jsonl");
        AtomicLong nanos = new AtomicLong();
        AcceleratedClock clock = new AcceleratedClock(START, 1, nanos::get);
        try (IncidentRuntime first = DrillRig.open(plan, journal, clock)) {
            first.incident().drillClock().setSpeed(10, FACILITATOR);
            nanos.addAndGet(TimeUnit.SECONDS.toNanos(30));
            first.incident().drillClock().pause(FACILITATOR);
        }

        Instant crash = last(IncidentRig.eventsIn(journal)).time();
        AcceleratedClock again = new AcceleratedClock(crash, 1, nanos::get);
        try (IncidentRuntime resumed = TabletopRuntime.resume(plan, journal, again, false, FACILITATOR, e -> { })) {
            assertThat(again.isPaused()).isTrue();
            assertThat(again.runningSpeed()).isEqualTo(10);
            nanos.addAndGet(TimeUnit.MINUTES.toNanos(5));
            assertThat(again.now()).isEqualTo(crash);

            resumed.incident().drillClock().resume(FACILITATOR);
            assertThat(again.isPaused()).isFalse();
            nanos.addAndGet(TimeUnit.SECONDS.toNanos(6));
            assertThat(again.now()).isEqualTo(crash.plus(Duration.ofMinutes(1)));
        }
    }

    private static InjectStatus status(Incident incident, String injectId) {
        return incident.state().drill().orElseThrow().inject(injectId).orElseThrow().status();
    }

    private static List<IncidentEvent> fired(IncidentRuntime runtime, String injectId) {
        return DrillRig.events(runtime, EventTypes.INJECT_FIRED).stream().filter(e -> e.text("inject").equals(injectId)).toList();
    }

    private static IncidentEvent last(List<IncidentEvent> events) {
        return events.get(events.size() - 1);
    }
}
