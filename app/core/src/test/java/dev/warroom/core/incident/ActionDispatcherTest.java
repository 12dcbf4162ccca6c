package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.Reach;
import dev.warroom.core.world.World;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mode gate lives at the dispatcher: whatever a view asks, a mode never reaches past what it allows. */
class ActionDispatcherTest {

    /** A world whose executors report a fixed reach and count how often they were really called. */
    private static final class CountingWorld implements World {
        final AtomicInteger executed = new AtomicInteger();
        final Reach reach;

        CountingWorld(Reach reach) {
            this.reach = reach;
        }

        @Override
        public String name() {
            return "counting-" + reach;
        }

        @Override
        public Optional<Probe> probeFor(String resourceKind) {
            return Optional.empty();
        }

        @Override
        public Optional<ActionExecutor> executorFor(String actionKind) {
            return Optional.of(new ActionExecutor() {
                @Override
                public Reach reach(ActionRequest request) {
                    return reach;
                }

                @Override
                public ActionPreview preview(ActionRequest request) {
                    return new ActionPreview("promote " + request.targetName(), "promote(" + request.targetName() + ")", List.of(), reach);
                }

                @Override
                public ActionResult execute(ActionRequest request) {
                    executed.incrementAndGet();
                    return ActionResult.ok("done", Map.of());
                }
            });
        }
    }

    private static ActionRequest promote() {
        Resource db = new Resource("db-dr", "postgres", "DR database", null, null, null,
                Map.of("host", "10.0.0.5", "port", "5432", "database", "app", "name", "prod-db-dr"), Map.of());
        return new ActionRequest("database.promote", Optional.of(db), Optional.empty(), Map.of(), Duration.ofMinutes(5));
    }

    @ParameterizedTest(name = "{0} refuses an action that would reach {1}")
    @CsvSource({"TABLETOP, LIVE", "TABLETOP, DRILL_ENVIRONMENT", "DRILL, LIVE"})
    void modeRefusesWhatItDoesNotAllowAndNeverCallsTheExecutor(Mode mode, Reach reach) {
        CountingWorld world = new CountingWorld(reach);
        ActionDispatcher dispatcher = new ActionDispatcher(mode, world, true);

        assertThatThrownBy(() -> dispatcher.dispatch(promote()))
                .isInstanceOf(ReachRefusedException.class)
                .hasMessageContaining(mode.name() + " incident refused database.promote on prod-db-dr");
        assertThat(world.executed).hasValue(0);
    }

    @ParameterizedTest(name = "{0} allows an action that reaches {1}")
    @CsvSource({"TABLETOP, SIMULATED", "DRILL, SIMULATED", "DRILL, DRILL_ENVIRONMENT", "LIVE, LIVE", "LIVE, SIMULATED"})
    void modeAllowsWhatItAllows(Mode mode, Reach reach) throws Exception {
        CountingWorld world = new CountingWorld(reach);

        ActionResult result = new ActionDispatcher(mode, world, true).dispatch(promote());

        assertThat(result.succeeded()).isTrue();
        assertThat(world.executed).hasValue(1);
    }

    @Test
    void shellCommandsFromAPlanRunOnlyWhenTheUserAllowedThem() throws Exception {
        ActionRequest shell = new ActionRequest("shell.run", Optional.empty(), Optional.empty(),
                Map.of("command", "./scripts/switch-traffic-to-backup.sh"), Duration.ofMinutes(1));
        CountingWorld lab = new CountingWorld(Reach.DRILL_ENVIRONMENT);

        assertThatThrownBy(() -> new ActionDispatcher(Mode.DRILL, lab, false).dispatch(shell))
                .isInstanceOf(ReachRefusedException.class)
                .hasMessageContaining("the user has not allowed it")
                .hasMessageContaining("--allow-shell on the command line")
                .hasMessageContaining("on the console's start screen");
        assertThat(lab.executed).hasValue(0);

        new ActionDispatcher(Mode.DRILL, lab, true).dispatch(shell);
        assertThat(lab.executed).hasValue(1);
    }

    @Test
    void simulatedShellNeedsNoPermissionBecauseNothingRuns() throws Exception {
        ActionRequest shell = new ActionRequest("shell.run", Optional.empty(), Optional.empty(),
                Map.of("command", "./scripts/restore-system.sh"), Duration.ofMinutes(1));
        CountingWorld simulated = new CountingWorld(Reach.SIMULATED);

        new ActionDispatcher(Mode.TABLETOP, simulated, false).dispatch(shell);

        assertThat(simulated.executed).hasValue(1);
    }
}
