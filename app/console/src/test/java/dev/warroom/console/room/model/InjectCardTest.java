package dev.warroom.console.room.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.drill.DrillClock;
import dev.warroom.core.drill.DrillState;
import dev.warroom.core.drill.InjectState;
import dev.warroom.core.drill.InjectStatus;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.IncidentStatus;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.text.TextLanguage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which injects reach the participants' room as cards, and how a card reads. */
class InjectCardTest {

    private static final Instant START = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    void onlyFiredMessagesTheTeamHasNotAcknowledgedBecomeCardsOldestFirst() {
        DrillState drill = drill(false,
                inject("late", InjectStatus.FIRED, "副本延遲 20 分鐘", "The replica is 20 minutes behind", 754, Optional.empty()),
                inject("early", InjectStatus.FIRED, "DBA 回報主節點無回應", null, 190, Optional.empty()),
                inject("seen", InjectStatus.FIRED, "Already read out", null, 60, Optional.of("alice")),
                inject("held", InjectStatus.HELD, "Held back by the facilitator", null, -1, Optional.empty()),
                inject("skipped", InjectStatus.SKIPPED, "Skipped by the facilitator", null, -1, Optional.empty()),
                inject("pending", InjectStatus.PENDING, "Not yet", null, -1, Optional.empty()),
                new InjectState(new DrillInject("world", null, null, null, null, null, FaultKind.values()[0], "db", null, null,
                        "promote the replica", "only the facilitator reads this"), false, InjectStatus.FIRED, Optional.empty(),
                        Optional.of(START.plusSeconds(30)), "schedule", Optional.of(true), "done", "", Optional.empty(), Optional.empty()));

        List<InjectCard> cards = InjectCard.awaiting(state(drill));

        assertThat(cards).extracting(InjectCard::injectId).containsExactly("early", "late");
        assertThat(cards.get(0).time()).isEqualTo("T+03:10");
        assertThat(cards.get(1).time()).isEqualTo("T+12:34");
        assertThat(cards.get(1).text(TextLanguage.ENGLISH)).isEqualTo("The replica is 20 minutes behind");
        assertThat(cards.get(1).text(TextLanguage.TRADITIONAL_CHINESE)).isEqualTo("副本延遲 20 分鐘");
        assertThat(cards.get(0).text(TextLanguage.ENGLISH)).as("no English given: the plan's own words")
                .isEqualTo("DBA 回報主節點無回應");
    }

    @Test
    void noDrillNoCardsAndThePauseIsTheFacilitatorsClock() {
        assertThat(InjectCard.awaiting(state(null))).isEmpty();
        assertThat(RoomDrill.paused(state(null))).isFalse();
        assertThat(RoomDrill.paused(state(drill(true)))).isTrue();
        assertThat(RoomDrill.paused(state(drill(false)))).isFalse();
    }

    @Test
    void theRoomsGaugesHoldTheDrillsOwnTargetsAndThePlansOtherwise() {
        dev.warroom.core.plan.model.Plan plan = dev.warroom.console.room.board.BoardFixtures.aiWorkflow();
        DrillState q1 = new DrillState("db-primary-drill-q1", START, List.of(), DrillClock.running(1), List.of(), List.of(),
                Optional.empty(), Set.of(), Optional.empty(), "");

        assertThat(RoomDrill.rtoTarget(plan, state(q1))).isEqualTo(Duration.ofMinutes(5));
        assertThat(RoomDrill.rpoTarget(plan, state(q1))).isEqualTo(Duration.ofMinutes(1));
        assertThat(RoomDrill.rtoTarget(plan, state(null))).isEqualTo(plan.targets().rto());
        assertThat(RoomDrill.rpoTarget(plan, state(null))).isEqualTo(plan.targets().rpo());
    }

    private static InjectState inject(String id, InjectStatus status, String message, String messageEn, long firedAfter,
            Optional<String> acknowledgedBy) {
        return new InjectState(new DrillInject(id, Duration.ofMinutes(1), null, null, message, messageEn, null, null, null, null,
                "the team should say so", "facilitator's note"), false, status, Optional.empty(),
                firedAfter < 0 ? Optional.empty() : Optional.of(START.plusSeconds(firedAfter)), "schedule", Optional.empty(), "", "",
                acknowledgedBy, acknowledgedBy.map(who -> START.plusSeconds(firedAfter + 5)));
    }

    private static DrillState drill(boolean paused, InjectState... injects) {
        DrillClock clock = paused ? new DrillClock(true, 1, Optional.of(START), Duration.ZERO) : DrillClock.running(1);
        return new DrillState("q1", START, List.of(injects), clock, List.of(), List.of(), Optional.empty(), Set.of(), Optional.empty(), "");
    }

    private static IncidentState state(DrillState drill) {
        return new IncidentState("ai-workflow", Mode.TABLETOP, Optional.of("db-primary-failure"), START, START, IncidentStatus.DECIDING,
                Optional.empty(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), IncidentState.Pending.NONE, Optional.ofNullable(drill),
                new dev.warroom.core.incident.IncidentTargets(java.time.Duration.ofMinutes(90), java.time.Duration.ofMinutes(15), Optional.empty()), 1);
    }
}
