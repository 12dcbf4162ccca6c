package dev.warroom.core.incident;

import dev.warroom.core.plan.model.Action;
import dev.warroom.core.plan.model.Channel;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.world.ActionRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Turns a plan's action into the request the dispatcher performs. */
final class StepRequests {

    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    private final Map<String, Resource> resources = new HashMap<>();
    private final Map<String, Channel> channels = new HashMap<>();

    StepRequests(Plan plan) {
        plan.sites().forEach(site -> site.resources().forEach(r -> resources.put(r.id(), r)));
        if (plan.communication() != null) {
            plan.communication().channels().forEach(c -> channels.put(c.id(), c));
        }
    }

    Optional<Resource> resource(String id) {
        return Optional.ofNullable(id == null ? null : resources.get(id));
    }

    /** The name a person knows a resource by (as an action on it would name it); the id when the plan has no such resource. */
    String nameOf(String resourceId) {
        return resource(resourceId).map(r -> new ActionRequest("", Optional.of(r), Optional.empty(), Map.of(), DEFAULT_TIMEOUT)
                .targetName()).orElse(resourceId);
    }

    ActionRequest request(Step step, Action action) {
        String target = action.target();
        return new ActionRequest(action.kind(), resource(target), Optional.ofNullable(target == null ? null : channels.get(target)),
                action.params(), step.timeout() == null ? DEFAULT_TIMEOUT : step.timeout());
    }
}
