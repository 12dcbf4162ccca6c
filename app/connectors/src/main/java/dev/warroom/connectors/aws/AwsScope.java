package dev.warroom.connectors.aws;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/** Where a resource lives in AWS and whose credentials reach it, from the plan's {@code observe} keys. */
record AwsScope(Region region, Optional<String> profile) {

    static AwsScope of(Resource resource) throws ProbeException {
        return new AwsScope(Region.of(required(resource, "region")), optional(resource, "profile"));
    }

    static String required(Resource resource, String key) throws ProbeException {
        return optional(resource, key).orElseThrow(() -> new ProbeException(ProbeFailure.ERROR,
                resource.kind() + " resource '" + resource.id() + "' needs observe." + key));
    }

    static Optional<String> optional(Resource resource, String key) {
        return Optional.ofNullable(resource.observe().get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    String words() {
        return region.id() + profile.map(p -> " (profile " + p + ")").orElse("");
    }
}
