package dev.warroom.connectors.kubernetes;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Plan resources and action requests as a loaded plan would hand them to the connector. */
final class Plans {

    private Plans() {
    }

    static Resource deployment(String id, String context, String namespace, String name) {
        return new Resource(id, "k8s-deployment", id, null, null, null,
                Map.of("context", context, "namespace", namespace, "name", name), Map.of());
    }

    static Resource cluster(String id, String kind, Map<String, String> observe) {
        return new Resource(id, kind, id, null, null, null, observe, Map.of());
    }

    static ActionRequest request(String kind, Resource target, Map<String, String> params, Duration timeout) {
        return new ActionRequest(kind, Optional.of(target), Optional.empty(), params, timeout);
    }
}
