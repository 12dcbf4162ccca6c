package dev.warroom.core.incident;

import dev.warroom.core.plan.model.Fault;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.world.FaultInjector;
import dev.warroom.core.world.Injection;
import java.util.Optional;

/**
 * The one place a drill inject's change to the world leaves the engine. TABLETOP changes the simulated
 * world; DRILL asks the world's injector, which brings about what it can in the drill environment and
 * says what is left to do by hand; LIVE never injects anything, whoever asks. Thread-safe.
 */
public final class InjectDispatcher {

    private final Mode mode;
    private final Optional<FaultInjector> injector;
    private final Plan plan;

    public InjectDispatcher(Mode mode, Optional<FaultInjector> injector, Plan plan) {
        this.mode = mode;
        this.injector = injector;
        this.plan = plan;
    }

    public Mode mode() {
        return mode;
    }

    /**
     * Brings the change about, or says why it was left to the facilitator. The injector may take a while
     * (a DRILL stops a real server): call it on no thread a command or a view waits for.
     *
     * @throws ReachRefusedException in LIVE, always, before anything is asked of the world
     */
    public Injection bringAbout(Fault change) throws ReachRefusedException, InterruptedException {
        if (mode == Mode.LIVE) {
            throw new ReachRefusedException("LIVE never injects: " + change.fault() + " on " + change.target()
                    + " was not brought about, and nothing else will be");
        }
        if (injector.isEmpty()) {
            return Injection.byHand("no connector here can bring this change about; inject it by hand");
        }
        try {
            return injector.get().inject(change, plan);
        } catch (RuntimeException e) {
            return Injection.byHand("could not bring it about (" + e.getMessage() + "); inject it by hand");
        }
    }

    /** Whether a change is brought about here and now (the simulated world, in memory) rather than on the drill's worker. */
    boolean inMemory() {
        return mode == Mode.TABLETOP;
    }
}
