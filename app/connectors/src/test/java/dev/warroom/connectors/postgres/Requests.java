package dev.warroom.connectors.postgres;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Action requests as the engine builds them from a plan step. */
final class Requests {

    private Requests() {
    }

    static ActionRequest of(String kind, Resource target, Map<String, String> params) {
        return new ActionRequest(kind, Optional.of(target), Optional.empty(), params, Duration.ofSeconds(30));
    }
}
