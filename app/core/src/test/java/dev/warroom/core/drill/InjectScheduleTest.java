package dev.warroom.core.drill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.InjectTrigger;
import dev.warroom.core.plan.model.TriggerEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The schedule's arithmetic and the triggers' matching, without an engine. */
class InjectScheduleTest {

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    private static final DrillInject AT_TEN = new DrillInject("ten", Duration.ofMinutes(10), null, null, "ten", null, null, null, null, null,
            null, null);

    @Test
    void inTabletopTheScheduleIsTheIncidentClockAndInDrillRealTimeLessWhatWasHeld() {
        DrillState held = drill(new DrillClock(false, 1, Optional.empty(), Duration.ofMinutes(4)));
        Instant twelve = START.plus(Duration.ofMinutes(12));

        assertThat(InjectSchedule.elapsed(held, twelve, false)).isEqualTo(Duration.ofMinutes(12));
        assertThat(InjectSchedule.elapsed(held, twelve, true)).isEqualTo(Duration.ofMinutes(8));
        assertThat(InjectSchedule.isDue(pending(AT_TEN), held, twelve, false)).isTrue();
        assertThat(InjectSchedule.isDue(pending(AT_TEN), held, twelve, true)).isFalse();
        assertThat(InjectSchedule.scheduledAt(START, Duration.ofMinutes(10), Duration.ofMinutes(4), true))
                .isEqualTo(START.plus(Duration.ofMinutes(14)));
    }

    @Test
    void aHeldInjectIsDueOnceItsTimeHasComeWhateverWasJournalledSince() {
        DrillState drill = drill(DrillClock.running(1));
        InjectState held = new InjectState(AT_TEN, false, InjectStatus.HELD, Optional.empty(), Optional.empty(), "", Optional.empty(), "", "",
                Optional.empty(), Optional.empty());
        assertThat(InjectSchedule.statusAt(held, drill, START.plus(Duration.ofMinutes(9)), false)).isEqualTo(InjectStatus.HELD);
        assertThat(InjectSchedule.statusAt(held, drill, START.plus(Duration.ofMinutes(10)), false)).isEqualTo(InjectStatus.DUE);
        assertThat(InjectSchedule.statusAt(pending(AT_TEN), drill, START.plus(Duration.ofMinutes(10)), false)).isEqualTo(InjectStatus.PENDING);
    }

    @Test
    void aPauseStillOnCountsAsHeldInDrill() {
        DrillState paused = drill(new DrillClock(true, 1, Optional.of(START.plus(Duration.ofMinutes(5))), Duration.ZERO));
        assertThat(InjectSchedule.elapsed(paused, START.plus(Duration.ofHours(1)), true)).isEqualTo(Duration.ofMinutes(5));
        assertThat(InjectSchedule.running(paused)).isFalse();
    }

    @Test
    void aTriggerMatchesItsEventAndWhatItNamesOnly() {
        InjectTrigger anyAnswer = new InjectTrigger(TriggerEvent.ANSWERED, "q1", null, null, null, null, null, null);
        InjectTrigger yesOnly = new InjectTrigger(TriggerEvent.ANSWERED, "q1", "yes", null, null, null, null, null);
        InjectTrigger promoteInFailover = new InjectTrigger(TriggerEvent.STEP_SUCCEEDED, null, null, "failover", "promote", null, null, null);

        assertThat(TriggerFact.answered("q1", "no").matches(anyAnswer)).isTrue();
        assertThat(TriggerFact.answered("q1", "no").matches(yesOnly)).isFalse();
        assertThat(TriggerFact.answered("q2", "yes").matches(anyAnswer)).isFalse();
        assertThat(TriggerFact.step(TriggerEvent.STEP_SUCCEEDED, "failover", "promote").matches(promoteInFailover)).isTrue();
        assertThat(TriggerFact.step(TriggerEvent.STEP_SUCCEEDED, "failback", "promote").matches(promoteInFailover)).isFalse();
        assertThat(TriggerFact.step(TriggerEvent.STEP_STARTED, "failover", "promote").matches(promoteInFailover)).isFalse();
    }

    private static InjectState pending(DrillInject inject) {
        return new InjectState(inject, false, InjectStatus.PENDING, Optional.empty(), Optional.empty(), "", Optional.empty(), "", "",
                Optional.empty(), Optional.empty());
    }

    private static DrillState drill(DrillClock clock) {
        return new DrillState("d", START, List.of(pending(AT_TEN)), clock, List.of(), List.of(), Optional.empty(), Set.of(), Optional.empty(),
                "");
    }
}
