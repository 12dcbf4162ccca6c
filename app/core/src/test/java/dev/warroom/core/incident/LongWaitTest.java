package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.board.StateBoard;
import dev.warroom.core.journal.Journal;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Fault;
import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.sim.SimulatedWorld;
import dev.warroom.core.time.VirtualClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wait node under the virtual clock (TABLETOP --auto) moves from one scheduled change of the
 * simulated world to the next, instead of polling through the whole wait; what changed in between is
 * still recorded when it changed.
 */
class LongWaitTest {

    private static final Instant START = Instant.parse("2026-11-21T03:00:00Z");
    private static final Duration POLL = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    @Test
    void aYearLongWaitTakesAFewPollsAndRecordsTheOutageInsideItWhenItHappened() throws Exception {
        Plan plan = planWaitingAYear();
        VirtualClock clock = new VirtualClock(START);
        SimulatedWorld world = new SimulatedWorld(plan, clock, 7);
        world.inject(new Fault(Duration.ofDays(100), FaultKind.REGION_DOWN, "east", Duration.ofDays(10), null, null), START);
        AtomicInteger polls = new AtomicInteger();
        try (Journal journal = Journal.create(dir.resolve("journal.jsonl"), clock);
                StateBoard board = new StateBoard(plan, world, clock)) {
            LiveState counted = new CountingLiveState(new BoardLiveState(board), polls);
            IncidentSetup setup = new IncidentSetup(plan, "long-wait.yaml", "0".repeat(64), Optional.empty(), START,
                    new JournalEventSink(journal), new ActionDispatcher(Mode.TABLETOP, world, false), counted, clock, world.name(),
                    Map.of("seed", "7"), POLL);
            Incident incident = Incident.open(setup, "alice", "a year of waiting");
            assertThat(incident.currentNode()).hasValueSatisfying(n -> assertThat(n.id()).isEqualTo("watch"));
            polls.set(0);

            incident.finishWait("alice");

            assertThat(polls.get()).as("polls for a 365-day wait").isLessThan(10);
            IncidentEvent ended = incident.events().stream().filter(e -> EventTypes.WAIT_ENDED.equals(e.type())).findFirst().orElseThrow();
            assertThat(ended.time()).isEqualTo(START.plus(Duration.ofDays(365)));
            assertThat(ended.text("waited")).isEqualTo("365d");
            List<IncidentEvent> eastChanges = incident.events().stream()
                    .filter(e -> EventTypes.STATE_CHANGED.equals(e.type()) && e.text("resource").equals("db-east")).toList();
            assertThat(eastChanges).extracting(IncidentEvent::time)
                    .contains(START.plus(Duration.ofDays(100)), START.plus(Duration.ofDays(110)));
        }
    }

    @Test
    void aShortWaitStillPollsAtThePollInterval() throws Exception {
        Plan plan = planWaiting("1m");
        VirtualClock clock = new VirtualClock(START);
        SimulatedWorld world = new SimulatedWorld(plan, clock, 7);
        AtomicInteger polls = new AtomicInteger();
        try (Journal journal = Journal.create(dir.resolve("short.jsonl"), clock);
                StateBoard board = new StateBoard(plan, world, clock)) {
            IncidentSetup setup = new IncidentSetup(plan, "short-wait.yaml", "0".repeat(64), Optional.empty(), START,
                    new JournalEventSink(journal), new ActionDispatcher(Mode.TABLETOP, world, false),
                    new CountingLiveState(new BoardLiveState(board), polls), clock, world.name(), Map.of("seed", "7"), POLL);
            Incident incident = Incident.open(setup, "alice", "a minute of waiting");
            polls.set(0);

            incident.finishWait("alice");

            assertThat(clock.now()).isEqualTo(START.plus(Duration.ofMinutes(1)));
            assertThat(polls.get()).as("a minute at 5s a poll, with nothing scheduled").isLessThanOrEqualTo(12);
        }
    }

    private static Plan planWaitingAYear() throws Exception {
        return planWaiting("365d");
    }

    /** The minimal test plan, starting at its wait node, waiting {@code duration} (beyond validate's bound: loaded, not validated). */
    private static Plan planWaiting(String duration) throws Exception {
        Path minimal = Path.of(LongWaitTest.class.getResource("/plans/valid/minimal.yaml").toURI());
        String yaml = Files.readString(minimal, StandardCharsets.UTF_8)
                .replace("start: primary-healthy", "start: watch")
                .replace("      duration: 10m", "      duration: " + duration);
        return new PlanLoader().load("long-wait.yaml", yaml.getBytes(StandardCharsets.UTF_8)).plan().orElseThrow();
    }

    /** The board as the engine sees it, counting how often the engine polls it. */
    private record CountingLiveState(LiveState live, AtomicInteger polls) implements LiveState {
        @Override
        public Map<String, ResourceReading> refresh() {
            polls.incrementAndGet();
            return live.refresh();
        }

        @Override
        public Map<String, ResourceReading> latest() {
            return live.latest();
        }

        @Override
        public Optional<Instant> nextScheduledChange(Instant time) {
            return live.nextScheduledChange(time);
        }
    }
}
