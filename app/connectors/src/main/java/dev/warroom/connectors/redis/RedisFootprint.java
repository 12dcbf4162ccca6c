package dev.warroom.connectors.redis;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Footprint;

/**
 * What the Redis probe and actions connect to: the server the resource's observe.host and port name.
 * A replica's master, named only by the replica, is asked of the probe's connect check when it is read.
 */
final class RedisFootprint {

    private RedisFootprint() {
    }

    static Footprint of(Resource resource) {
        try {
            RedisTarget target = RedisTarget.of(resource);
            return Footprint.host(target.host(), target.port());
        } catch (IllegalArgumentException e) {
            return Footprint.unknown(e.getMessage());
        }
    }
}
