package dev.warroom.service;

import dev.warroom.core.incident.PlanClearance;
import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.plan.validate.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The checks of a plan an incident was opened on before they ran (a TABLETOP that shows at once): {@link #run} runs
 * them on the very bytes the incident opened, and the incident's dispatcher holds every action until they pass; if
 * they fail, no action of that plan ever runs. An incident opened on a checked plan has {@link #PASSED}.
 */
public final class PlanCheck {

    /** The plan was checked before the incident opened. */
    public static final PlanCheck PASSED = new PlanCheck("", new byte[0], PlanClearance.CLEARED);

    private final String name;
    private final byte[] bytes;
    private final PlanClearance clearance;
    /** The checks, run by the first caller of {@link #run}; later callers wait for their outcome without holding a lock. */
    private final FutureTask<PlanClearance.Standing> once = new FutureTask<>(this::check);
    private volatile FailureRecorder recorder = problems -> { };

    /** Where a failed check is written down (the incident's journal), once, when it fails. */
    @FunctionalInterface
    interface FailureRecorder {
        void failed(List<String> problems) throws IOException;
    }

    PlanCheck(String name, byte[] bytes, PlanClearance clearance) {
        this.name = name;
        this.bytes = bytes.clone();
        this.clearance = clearance;
    }

    void recordFailureWith(FailureRecorder recorder) {
        this.recorder = recorder;
    }

    /** What the incident's dispatcher asks before each action. */
    PlanClearance clearance() {
        return clearance;
    }

    public PlanClearance.Standing standing() {
        return clearance.standing();
    }

    /**
     * Runs the checks if they have not run (blocking: call it off a UI thread) and says where they stand: passed, or
     * failed with each error as {@code file:line:column: message}. A failure is recorded in the incident's journal when
     * it happens; if that cannot be written, the last problem says so. The checks run once, on the first call: a caller
     * meanwhile waits for their outcome (interrupted, it gets where they stand now), and a later one gets it at once.
     */
    public PlanClearance.Standing run() {
        once.run();
        try {
            return once.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return clearance.standing();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new IllegalStateException("the plan's checks could not run", e.getCause());
        }
    }

    private PlanClearance.Standing check() {
        if (clearance.standing().status() == PlanClearance.Status.CHECKING) {
            PlanValidation.Result result = new PlanValidation().validate(name, bytes);
            if (result.passed() && result.plan().isPresent()) {
                clearance.pass();
            } else {
                List<String> errors = result.problems().stream().filter(Problem::isError).map(Problem::format).toList();
                List<String> problems = errors.isEmpty() ? List.of(name + ": the plan could not be checked") : errors;
                clearance.fail(withRecording(problems));
            }
        }
        return clearance.standing();
    }

    private List<String> withRecording(List<String> problems) {
        try {
            recorder.failed(problems);
            return problems;
        } catch (IOException | IllegalStateException e) {
            List<String> said = new ArrayList<>(problems);
            said.add("the failed checks could not be written to the journal: " + e.getMessage());
            return said;
        }
    }
}
