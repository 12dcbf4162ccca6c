package dev.warroom.core.fence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.board.BoardEntry;
import dev.warroom.core.board.BoardStatus;
import dev.warroom.core.board.StateBoard;
import dev.warroom.core.board.TestPlans;
import dev.warroom.core.incident.ActionDispatcher;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.incident.ReachRefusedException;
import dev.warroom.core.plan.model.DrillEnvironment;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.SiteRole;
import dev.warroom.core.time.VirtualClock;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.ConnectCheck;
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.Reach;
import dev.warroom.core.world.ReplicationRole;
import dev.warroom.core.world.World;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * In DRILL every probe and every action goes through the fence: what lies outside the drill
 * environment shows as "not observed in DRILL" or is refused, and its probe or executor is never called.
 * The world here only records calls; nothing connects anywhere.
 */
class FencedWorldTest {

    private final List<String> probed = new CopyOnWriteArrayList<>();
    private final List<String> executed = new CopyOnWriteArrayList<>();
    private final List<String> secondHops = new CopyOnWriteArrayList<>();

    private final Resource lab = resource("lab-db", "127.0.0.1.nip.io");
    private final Resource live = resource("live-db", "203.0.113.10");
    private final Plan plan = TestPlans.of(TestPlans.site("east", SiteRole.PRIMARY, lab, live));
    private final AddressResolver resolver = host -> {
        if (host.equals("127.0.0.1.nip.io")) {
            return List.of(IpLiterals.parse("127.0.0.1").orElseThrow());
        }
        throw new UnknownHostException(host);
    };
    private final FencedWorld world = new FencedWorld(new RecordingWorld(), new DrillFence(DrillEnvironment.loopbackOnly(), resolver));

    @Test
    void theBoardShowsAResourceOutsideTheDrillEnvironmentAsNotObservedAndNeverProbesIt() {
        try (StateBoard board = new StateBoard(plan, world, new VirtualClock(Instant.parse("2026-03-02T09:00:00Z")))) {
            board.refresh();
            BoardEntry outside = board.latest().entry("live-db").orElseThrow();

            assertThat(outside.status()).isEqualTo(BoardStatus.NOT_OBSERVED_IN_DRILL);
            assertThat(outside.statusLine())
                    .isEqualTo("not observed in DRILL: 203.0.113.10:5432 is outside the drill environment (loopback)");
            assertThat(board.latest().entry("lab-db").orElseThrow().status()).isEqualTo(BoardStatus.FRESH);
            assertThat(probed).containsExactly("lab-db");
        }
    }

    @Test
    void aConnectionAProbeNamesOnlyWhileObservingIsAskedOfTheFenceToo() throws Exception {
        world.probeFor("db").orElseThrow().observe(lab);

        assertThat(secondHops).containsExactly("127.0.0.1:1 allowed", "203.0.113.11:1 refused");
    }

    @Test
    void aDrillDispatcherRefusesAnActionOutsideTheDrillEnvironmentAndNeverCallsItsExecutor() throws Exception {
        ActionDispatcher drill = new ActionDispatcher(Mode.DRILL, world, false);

        assertThatThrownBy(() -> drill.dispatch(promote(live))).isInstanceOf(ReachRefusedException.class)
                .hasMessage("DRILL incident refused database.promote on live-db: it would reach a live system, which DRILL never touches"
                        + " (203.0.113.10:5432 is outside the drill environment (loopback))");
        assertThat(world.executorFor("database.promote").orElseThrow().execute(promote(live)).detail())
                .as("refused again should anything call the executor directly").startsWith("refused in DRILL: ");
        assertThat(executed).isEmpty();

        assertThat(drill.dispatch(promote(lab)).succeeded()).isTrue();
        assertThat(executed).containsExactly("lab-db");
        assertThat(drill.preview(promote(live)).reach()).isEqualTo(Reach.LIVE);
    }

    @Test
    void aConnectionAnActionNamesOnlyWhileRunningIsAskedOfTheFenceThroughTheDispatcher() throws Exception {
        new ActionDispatcher(Mode.DRILL, world, false).dispatch(promote(lab));

        assertThat(secondHops).containsExactly("127.0.0.1:1 allowed", "203.0.113.11:1 refused");
    }

    private static ActionRequest promote(Resource target) {
        return new ActionRequest("database.promote", Optional.of(target), Optional.empty(), Map.of(), Duration.ofMinutes(1));
    }

    private static Resource resource(String id, String host) {
        return new Resource(id, "db", id, null, null, null, Map.of("host", host), Map.of());
    }

    /** Says what each call would connect to, and records the calls it gets instead of connecting. */
    private final class RecordingWorld implements World {

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public Optional<Probe> probeFor(String resourceKind) {
            return Optional.of(new Probe() {
                @Override
                public Observation observe(Resource resource) {
                    return observe(resource, ConnectCheck.ANY);
                }

                @Override
                public Observation observe(Resource resource, ConnectCheck check) {
                    probed.add(resource.id());
                    for (String hop : List.of("127.0.0.1", "203.0.113.11")) {
                        secondHops.add(hop + ":1 " + (check.allows(hop, 1) ? "allowed" : "refused"));
                    }
                    return new Observation(resource.id(), Health.UP, ReplicationRole.PRIMARY, Optional.empty(), Map.of(), Instant.now());
                }

                @Override
                public Footprint footprint(Resource resource) {
                    return Footprint.host(resource.observe().get("host"), 5432);
                }
            });
        }

        @Override
        public Optional<ActionExecutor> executorFor(String actionKind) {
            return Optional.of(new ActionExecutor() {
                @Override
                public Reach reach(ActionRequest request) {
                    return Reach.DRILL_ENVIRONMENT;
                }

                @Override
                public Footprint footprint(ActionRequest request) {
                    return Footprint.host(request.target().orElseThrow().observe().get("host"), 5432);
                }

                @Override
                public ActionPreview preview(ActionRequest request) {
                    return new ActionPreview("promote", "promote()", List.of(), Reach.DRILL_ENVIRONMENT);
                }

                @Override
                public ActionResult execute(ActionRequest request) {
                    return execute(request, ConnectCheck.ANY);
                }

                @Override
                public ActionResult execute(ActionRequest request, ConnectCheck check) {
                    executed.add(request.target().orElseThrow().id());
                    for (String hop : List.of("127.0.0.1", "203.0.113.11")) {
                        secondHops.add(hop + ":1 " + (check.allows(hop, 1) ? "allowed" : "refused"));
                    }
                    return ActionResult.ok("promoted", Map.of());
                }
            });
        }
    }
}
