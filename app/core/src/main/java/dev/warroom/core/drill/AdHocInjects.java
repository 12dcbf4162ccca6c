package dev.warroom.core.drill;

import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Resource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks an inject the facilitator adds during the run, and names it when it has no id. */
public final class AdHocInjects {

    private AdHocInjects() {
    }

    /**
     * The inject as it will be journalled: with an id ({@code adhoc-N}, the first free N, when it has none).
     *
     * @throws IllegalArgumentException in words, when it says nothing (neither message nor change), names a
     *         target that is neither a site nor a resource of the plan, gives both a time and a trigger, has a
     *         trigger naming what the plan does not have, or takes an id already used
     */
    public static DrillInject check(DrillInject inject, DrillState drill, Plan plan) {
        if (inject == null) {
            throw new IllegalArgumentException("no inject given");
        }
        boolean message = inject.message() != null && !inject.message().isBlank();
        if (!message && inject.fault() == null) {
            throw new IllegalArgumentException("an inject needs a message for the team, a change to the world (fault and target), or both");
        }
        if (inject.fault() != null && (inject.target() == null || inject.target().isBlank())) {
            throw new IllegalArgumentException("a change to the world needs a target: a site or a resource of the plan");
        }
        if (inject.fault() == null && inject.target() != null && !inject.target().isBlank()) {
            throw new IllegalArgumentException("target '" + inject.target() + "' without a fault: say what happens to it");
        }
        if (inject.fault() != null && !targets(plan).contains(inject.target())) {
            throw new IllegalArgumentException("target '" + inject.target() + "' is neither a site nor a resource of this plan; it has: "
                    + String.join(", ", targets(plan)));
        }
        if (inject.at() != null && inject.on() != null) {
            throw new IllegalArgumentException("give an inject a time (at) or a trigger (on), not both");
        }
        if (inject.on() != null && inject.on().event() == null) {
            throw new IllegalArgumentException("a trigger needs the event it waits for");
        }
        if (inject.on() != null) {
            TriggerReferences.unknown(inject.on(), plan).ifPresent(words -> {
                throw new IllegalArgumentException(words);
            });
        }
        if (inject.at() != null && inject.at().isNegative() || inject.after() != null && inject.after().isNegative()) {
            throw new IllegalArgumentException("an inject's time cannot be negative");
        }
        Set<String> taken = new HashSet<>(drill.injects().stream().map(InjectState::id).toList());
        if (inject.id() != null && !inject.id().isBlank()) {
            if (taken.contains(inject.id().strip())) {
                throw new IllegalArgumentException("the drill already has an inject '" + inject.id().strip() + "'");
            }
            return inject.withId(inject.id().strip());
        }
        int n = 1;
        while (taken.contains("adhoc-" + n)) {
            n++;
        }
        return inject.withId("adhoc-" + n);
    }

    private static List<String> targets(Plan plan) {
        return plan.sites().stream().flatMap(s -> java.util.stream.Stream.concat(java.util.stream.Stream.of(s.id()),
                s.resources().stream().map(Resource::id))).toList();
    }

}
