package dev.warroom.core.incident;

import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.world.ActionRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Lists the actions a journal says were started, with their start times, so a simulated world can
 * be rebuilt exactly after a crash. A step whose outcome is unknown is included: it may have acted.
 */
public final class WorldReplay {

    private WorldReplay() {
    }

    public static void actionsStarted(Plan plan, List<IncidentEvent> events, BiConsumer<ActionRequest, Instant> into) {
        StepRequests requests = new StepRequests(plan);
        for (IncidentEvent e : events) {
            boolean started = EventTypes.STEP_STARTED.equals(e.type()) && !e.text("kind").isEmpty();
            boolean rollback = EventTypes.ROLLBACK_STARTED.equals(e.type());
            if (!started && !rollback) {
                continue;
            }
            Optional<Step> step = plan.procedures().stream().filter(p -> p.id().equals(e.text("procedure"))).findFirst()
                    .flatMap(p -> p.steps().stream().filter(s -> s.id().equals(e.text("step"))).findFirst());
            if (step.isEmpty()) {
                continue;
            }
            if (started && step.get().action() != null) {
                into.accept(requests.request(step.get(), step.get().action()), e.time());
            } else if (rollback && step.get().rollback() != null && step.get().rollback().action() != null) {
                into.accept(requests.request(step.get(), step.get().rollback().action()), e.time());
            }
        }
    }
}
