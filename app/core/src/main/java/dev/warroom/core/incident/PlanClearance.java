package dev.warroom.core.incident;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the incident's plan has passed its checks, as the {@link ActionDispatcher} asks before every action: an
 * incident opened before its plan was checked (a TABLETOP, so that the war room shows at once) holds every action
 * until {@link #pass} is called, and for good after {@link #fail}. Incidents opened on a checked plan use
 * {@link #CLEARED}. Thread-safe: the check runs on a worker while the incident's writer asks.
 */
public final class PlanClearance {

    /** Where the check stands; the problems only when it failed. */
    public record Standing(Status status, List<String> problems) {
        public Standing {
            problems = List.copyOf(problems);
        }
    }

    public enum Status { CHECKING, PASSED, FAILED }

    /** A plan checked before the incident opened. */
    public static final PlanClearance CLEARED = new PlanClearance(Status.PASSED);

    private final AtomicReference<Standing> standing;

    private PlanClearance(Status status) {
        this.standing = new AtomicReference<>(new Standing(status, List.of()));
    }

    /** A plan whose checks have not run yet: actions are held until {@link #pass}. */
    public static PlanClearance checking() {
        return new PlanClearance(Status.CHECKING);
    }

    public Standing standing() {
        return standing.get();
    }

    /** The checks passed: actions may run. A plan that failed stays failed. */
    public void pass() {
        standing.updateAndGet(now -> now.status() == Status.CHECKING ? new Standing(Status.PASSED, List.of()) : now);
    }

    /** The checks failed with {@code problems} (each in the validator's file:line:column words): no action ever runs. */
    public void fail(List<String> problems) {
        standing.set(new Standing(Status.FAILED, problems));
    }

    /** Refuses an action unless the plan has passed its checks, saying why. */
    void requireCleared(String kind, String target) throws ReachRefusedException {
        Standing now = standing.get();
        switch (now.status()) {
            case PASSED -> {
                return;
            }
            case CHECKING -> throw new ReachRefusedException("refused " + kind + " on " + target
                    + ": the plan is still being checked, and no action runs before its checks pass");
            case FAILED -> throw new ReachRefusedException("refused " + kind + " on " + target + ": the plan does not validate ("
                    + now.problems().size() + " problem(s)), so no action of it runs; fix it and open it again");
            default -> throw new IllegalStateException(now.status().name());
        }
    }
}
