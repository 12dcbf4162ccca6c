package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.board.StateBoard;
import dev.warroom.core.journal.Journal;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.Fault;
import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.report.TimelineWords;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.core.sim.SimulatedWorld;
import dev.warroom.core.time.VirtualClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * A reassess node ("every 5 minutes until the primary answers, or 30 minutes") on the simulated world and the
 * virtual clock: it leaves by its signal or by a person's word to {@code recovered}, or after the round at its
 * limit to {@code next}; a crash in between loses no round and repeats none.
 */
class ReassessNodeTest {

    private static final Instant START = Instant.parse("2026-11-21T03:00:00Z");
    private static final Duration POLL = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    @Test
    void thePlanValidates() throws Exception {
        PlanValidation.Result result = new PlanValidation().validate("reassess.yaml",
                ReassessPlans.yaml(true).getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void theSignalSaysRecoveredAtTheFirstRoundAfterThePrimaryComesBack() throws Exception {
        try (Rig rig = Rig.open(dir.resolve("signal.jsonl"), ReassessPlans.plan(true), Duration.ofMinutes(12))) {
            assertThat(rig.incident.state().reassess()).hasValueSatisfying(r -> {
                assertThat(r.finalRound()).isEqualTo(6);
                assertThat(r.nextRoundAt(START)).contains(START.plus(Duration.ofMinutes(5)));
                assertThat(r.limitAt()).isEqualTo(START.plus(Duration.ofMinutes(30)));
            });
            rig.polls.set(0);

            Optional<ReassessExit> exit = rig.incident.reassess("alice");

            assertThat(exit).contains(ReassessExit.RECOVERED);
            assertThat(rig.polls.get()).as("polls for three rounds on the virtual clock").isLessThan(20);
            List<IncidentEvent> rounds = rig.of(EventTypes.REASSESS_CHECKED);
            assertThat(rounds).extracting(e -> e.data().path("round").asInt()).containsExactly(1, 2, 3);
            assertThat(rounds).extracting(e -> e.data().path("recovered").asBoolean()).containsExactly(false, false, true);
            assertThat(rounds.get(2).time()).isEqualTo(START.plus(Duration.ofMinutes(15)));
            assertThat(rounds.get(2).data().path("evidence").get(0).asText()).isEqualTo("signal 'primary-back' is satisfied");
            IncidentEvent ended = rig.of(EventTypes.REASSESS_ENDED).get(0);
            assertThat(ended.text("exit")).isEqualTo("recovered");
            assertThat(ended.text("next")).isEqualTo("done");
            assertThat(ended.text("signal")).isEqualTo("primary-back");
            assertThat(rig.incident.state().status()).isEqualTo(IncidentStatus.RESOLVED);
        }
    }

    @Test
    void withoutRecoveryTheRoundAtTheLimitLeavesByNext() throws Exception {
        try (Rig rig = Rig.open(dir.resolve("limit.jsonl"), ReassessPlans.plan(true), null)) {
            Optional<ReassessExit> exit = rig.incident.reassess("alice");

            assertThat(exit).contains(ReassessExit.LIMIT);
            assertThat(rig.of(EventTypes.REASSESS_CHECKED)).extracting(IncidentEvent::time).containsExactly(
                    START.plusSeconds(300), START.plusSeconds(600), START.plusSeconds(900), START.plusSeconds(1200),
                    START.plusSeconds(1500), START.plusSeconds(1800));
            IncidentEvent ended = rig.of(EventTypes.REASSESS_ENDED).get(0);
            assertThat(ended.text("exit")).isEqualTo("limit");
            assertThat(ended.text("next")).isEqualTo("run-failover");
            assertThat(rig.incident.state().currentNode()).contains("run-failover");
            assertThat(rig.incident.state().status()).isEqualTo(IncidentStatus.RECOVERING);
        }
    }

    @Test
    void aPersonAskedAtARoundSaysRecoveredInTheirWords() throws Exception {
        try (Rig rig = Rig.open(dir.resolve("person.jsonl"), ReassessPlans.plan(false), null)) {
            Optional<ReassessExit> exit = rig.incident.reassess("alice", new SaysRecoveredAt(2, "bob", "orders flow again"));

            assertThat(exit).contains(ReassessExit.RECOVERED);
            List<IncidentEvent> rounds = rig.of(EventTypes.REASSESS_CHECKED);
            assertThat(rounds).hasSize(2);
            assertThat(rounds.get(0).data().path("evidence").get(0).asText()).startsWith("db-east: unreachable");
            assertThat(rounds.get(1).actor()).isEqualTo("bob");
            IncidentEvent ended = rig.of(EventTypes.REASSESS_ENDED).get(0);
            assertThat(ended.actor()).isEqualTo("bob");
            assertThat(ended.text("words")).isEqualTo("orders flow again");
            assertThat(ended.text("next")).isEqualTo("done");
            assertThat(rig.incident.state().status()).isEqualTo(IncidentStatus.RESOLVED);
            TimelineWords words = new TimelineWords(rig.incident.plan(), TextLanguage.ENGLISH);
            assertThat(words.describe(ended)).hasValueSatisfying(w -> {
                assertThat(w.event()).isEqualTo("Recovered at Watch the primary; on to 結束");
                assertThat(w.outcome()).isEqualTo("confirmed by bob: orders flow again").doesNotContain("verified");
            });
            assertThat(words.describe(rounds.get(0))).hasValueSatisfying(w -> {
                assertThat(w.event()).isEqualTo("Reassessed Watch the primary, round 1");
                assertThat(w.outcome()).startsWith("not recovered yet · db-east: unreachable");
            });
        }
    }

    @Test
    void aPersonMayDeclareRecoveredBetweenRoundsButNotWithoutWords() throws Exception {
        try (Rig rig = Rig.open(dir.resolve("declared.jsonl"), ReassessPlans.plan(false), null)) {
            assertThatThrownBy(() -> rig.incident.declareRecovered(" ", "carol")).isInstanceOf(IncidentStateException.class)
                    .hasMessage("say what shows it has recovered");

            rig.incident.declareRecovered("the status page is green", "carol");

            IncidentEvent ended = rig.of(EventTypes.REASSESS_ENDED).get(0);
            assertThat(ended.actor()).isEqualTo("carol");
            assertThat(ended.text("exit")).isEqualTo("recovered");
            assertThat(rig.of(EventTypes.REASSESS_CHECKED)).isEmpty();
            assertThat(rig.incident.state().status()).isEqualTo(IncidentStatus.RESOLVED);
            assertThatThrownBy(() -> rig.incident.declareRecovered("again", "carol")).isInstanceOf(IncidentStateException.class);
        }
    }

    @Test
    void aResumeMidReassessCarriesOnFromTheNextRound() throws Exception {
        Path journal = dir.resolve("resume.jsonl");
        Plan plan = ReassessPlans.plan(false);
        try (Rig rig = Rig.open(journal, plan, null)) {
            assertThatThrownBy(() -> rig.incident.reassess("alice", new CrashesAt(3))).isInstanceOf(Crash.class);
            assertThat(rig.of(EventTypes.REASSESS_CHECKED)).hasSize(2);
        }
        try (Rig rig = Rig.resume(journal, plan)) {
            ReassessProgress progress = rig.incident.state().reassess().orElseThrow();
            assertThat(progress.rounds()).extracting(ReassessRound::round).containsExactly(1, 2);
            assertThat(progress.nextRoundAt(rig.clock.now())).contains(START.plus(Duration.ofMinutes(15)));

            Optional<ReassessExit> exit = rig.incident.reassess("alice");

            assertThat(exit).contains(ReassessExit.LIMIT);
            assertThat(rig.of(EventTypes.REASSESS_CHECKED)).extracting(e -> e.data().path("round").asInt())
                    .containsExactly(1, 2, 3, 4, 5, 6);
            assertThat(rig.incident.state().currentNode()).contains("run-failover");
        }
    }

    /** A person who says recovered at one round. */
    private record SaysRecoveredAt(int round, String who, String words) implements Commander {
        @Override
        public String name() {
            return who;
        }

        @Override
        public Optional<String> recovered(DecisionNode node, int at, List<String> evidence) {
            return at == round ? Optional.of(words) : Optional.empty();
        }

        @Override
        public String answer(DecisionNode node, Optional<SuggestedAnswer> suggestion, Optional<Duration> pending) {
            throw new AssertionError("no question here");
        }

        @Override
        public Confirmation confirm(StepProposal proposal) {
            throw new AssertionError("no step here");
        }

        @Override
        public Recovery recover(StepProposal proposal) {
            throw new AssertionError("no step here");
        }
    }

    /** Stands for the process dying while a round is asked. */
    private static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private record CrashesAt(int round) implements Commander {
        @Override
        public String name() {
            return "alice";
        }

        @Override
        public Optional<String> recovered(DecisionNode node, int at, List<String> evidence) {
            if (at == round) {
                throw new Crash();
            }
            return Optional.empty();
        }

        @Override
        public String answer(DecisionNode node, Optional<SuggestedAnswer> suggestion, Optional<Duration> pending) {
            throw new AssertionError("no question here");
        }

        @Override
        public Confirmation confirm(StepProposal proposal) {
            throw new AssertionError("no step here");
        }

        @Override
        public Recovery recover(StepProposal proposal) {
            throw new AssertionError("no step here");
        }
    }

    /** The incident on the simulated world with the east region down from the start (for {@code lasting}, or for good). */
    private static final class Rig implements AutoCloseable {
        final VirtualClock clock;
        final Journal journal;
        final StateBoard board;
        final Incident incident;
        final AtomicInteger polls;

        private Rig(VirtualClock clock, Journal journal, StateBoard board, Incident incident, AtomicInteger polls) {
            this.clock = clock;
            this.journal = journal;
            this.board = board;
            this.incident = incident;
            this.polls = polls;
        }

        static Rig open(Path file, Plan plan, Duration lasting) throws IOException {
            VirtualClock clock = new VirtualClock(START);
            Journal journal = Journal.create(file, clock);
            return start(plan, clock, journal, lasting, false);
        }

        static Rig resume(Path file, Plan plan) throws IOException {
            List<IncidentEvent> before = IncidentRig.eventsIn(file);
            VirtualClock clock = new VirtualClock(before.get(before.size() - 1).time());
            return start(plan, clock, Journal.open(file, clock), null, true);
        }

        private static Rig start(Plan plan, VirtualClock clock, Journal journal, Duration lasting, boolean resume) throws IOException {
            SimulatedWorld world = new SimulatedWorld(plan, clock, 7);
            world.inject(new Fault(Duration.ZERO, FaultKind.REGION_DOWN, "east", lasting, null, null), START);
            StateBoard board = new StateBoard(plan, world, clock);
            AtomicInteger polls = new AtomicInteger();
            IncidentSetup setup = new IncidentSetup(plan, "reassess.yaml", "0".repeat(64), Optional.empty(), START,
                    new JournalEventSink(journal), new ActionDispatcher(Mode.TABLETOP, world, false),
                    new CountingLiveState(new BoardLiveState(board), polls), clock, world.name(), Map.of("seed", "7"), POLL);
            Incident incident = resume ? Incident.resume(setup, "alice", journal.repairedBytes()) : Incident.open(setup, "alice", "reassess");
            return new Rig(clock, journal, board, incident, polls);
        }

        List<IncidentEvent> of(String type) {
            return incident.events().stream().filter(e -> type.equals(e.type())).toList();
        }

        @Override
        public void close() throws IOException {
            incident.close();
            board.close();
            journal.close();
        }
    }

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
