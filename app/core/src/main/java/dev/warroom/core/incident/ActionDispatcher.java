package dev.warroom.core.incident;

import dev.warroom.core.plan.catalog.ActionKinds;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Reach;
import dev.warroom.core.world.World;

/**
 * The one place actions leave the engine. It refuses anything the incident's mode does not allow
 * (a TABLETOP incident never reaches a real connector, a DRILL never a live system) and shell
 * commands from a plan the user has not allowed to run them, and every action of a plan that has not
 * passed its checks ({@link PlanClearance}) — whatever a view asks for. Thread-safe.
 */
public final class ActionDispatcher {

    private final Mode mode;
    private final World world;
    private final boolean shellAllowed;
    private final PlanClearance clearance;

    public ActionDispatcher(Mode mode, World world, boolean shellAllowed) {
        this(mode, world, shellAllowed, PlanClearance.CLEARED);
    }

    /** A dispatcher that runs no action until {@code clearance} says the plan passed its checks. */
    public ActionDispatcher(Mode mode, World world, boolean shellAllowed, PlanClearance clearance) {
        this.mode = mode;
        this.world = world;
        this.shellAllowed = shellAllowed;
        this.clearance = clearance;
    }

    public Mode mode() {
        return mode;
    }

    /** Whether the user allowed this plan's shell commands to run (they run only where the mode reaches a live system). */
    public boolean shellAllowed() {
        return shellAllowed;
    }

    public ActionPreview preview(ActionRequest request) throws ReachRefusedException {
        return executor(request).preview(request);
    }

    public ActionResult dispatch(ActionRequest request) throws ReachRefusedException, InterruptedException {
        clearance.requireCleared(request.kind(), request.targetName());
        ActionExecutor executor = executor(request);
        Reach reach = executor.reach(request);
        if (!mode.allows(reach)) {
            throw new ReachRefusedException(mode.name() + " incident refused " + request.kind() + " on " + request.targetName()
                    + ": it would reach " + describe(reach) + ", which " + mode.name() + " never touches"
                    + executor.reachWords(request).map(words -> " (" + words + ")").orElse(""));
        }
        boolean runsShell = ActionKinds.find(request.kind()).map(k -> k.runsShell()).orElse(false);
        if (runsShell && reach != Reach.SIMULATED && !shellAllowed) {
            throw new ReachRefusedException("refused to run a shell command from this plan: the user has not allowed it"
                    + " (if you trust the plan's author: start with --allow-shell on the command line, or tick"
                    + " \"Allow this plan's shell commands\" on the console's start screen)");
        }
        return executor.execute(request);
    }

    private ActionExecutor executor(ActionRequest request) throws ReachRefusedException {
        return world.executorFor(request.kind()).orElseThrow(
                () -> new ReachRefusedException("no way to perform " + request.kind() + " in the " + world.name() + " world"));
    }

    private static String describe(Reach reach) {
        return switch (reach) {
            case SIMULATED -> "the simulated world";
            case DRILL_ENVIRONMENT -> "a drill environment";
            case LIVE -> "a live system";
        };
    }
}
