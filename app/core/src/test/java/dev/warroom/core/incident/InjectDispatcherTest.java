package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.plan.model.Fault;
import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.world.FaultInjector;
import dev.warroom.core.world.Injection;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The one place a drill inject changes the world: LIVE never injects, whoever asks; the other modes ask the world. */
class InjectDispatcherTest {

    private static final Fault DOWN = new Fault(Duration.ZERO, FaultKind.REGION_DOWN, "east", null, null, "the region goes down");

    private final AtomicInteger asked = new AtomicInteger();
    private final FaultInjector counting = (fault, plan) -> {
        asked.incrementAndGet();
        return Injection.done("stopped " + fault.target());
    };

    @Test
    void liveNeverInjectsAndNeverAsksTheWorld() throws Exception {
        InjectDispatcher live = new InjectDispatcher(Mode.LIVE, Optional.of(counting), DrillRig.plan());

        assertThatThrownBy(() -> live.bringAbout(DOWN)).isInstanceOf(ReachRefusedException.class)
                .hasMessageContaining("LIVE never injects");
        assertThat(asked.get()).isZero();
    }

    @Test
    void tabletopAndDrillAskTheWorldsInjector() throws Exception {
        for (Mode mode : new Mode[] {Mode.TABLETOP, Mode.DRILL}) {
            Injection done = new InjectDispatcher(mode, Optional.of(counting), DrillRig.plan()).bringAbout(DOWN);
            assertThat(done.done()).isTrue();
            assertThat(done.words()).isEqualTo("stopped east");
        }
        assertThat(asked.get()).isEqualTo(2);
    }

    @Test
    void aWorldThatCannotInjectLeavesItToTheFacilitatorInWords() throws Exception {
        Injection byHand = new InjectDispatcher(Mode.DRILL, Optional.empty(), DrillRig.plan()).bringAbout(DOWN);
        assertThat(byHand.done()).isFalse();
        assertThat(byHand.words()).contains("inject it by hand");

        FaultInjector failing = (fault, plan) -> {
            throw new IllegalStateException("the lab is not up");
        };
        Injection failed = new InjectDispatcher(Mode.DRILL, Optional.of(failing), DrillRig.plan()).bringAbout(DOWN);
        assertThat(failed.done()).isFalse();
        assertThat(failed.words()).isEqualTo("could not bring it about (the lab is not up); inject it by hand");
    }
}
