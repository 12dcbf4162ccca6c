package dev.warroom.connectors.postgres;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Footprint;

/** What the PostgreSQL probe and actions connect to: the server the resource's observe.host and port name. */
final class PostgresFootprint {

    private PostgresFootprint() {
    }

    static Footprint of(Resource resource) {
        try {
            PostgresTarget target = PostgresTarget.of(resource);
            return Footprint.host(target.host(), target.port());
        } catch (IllegalArgumentException e) {
            return Footprint.unknown(e.getMessage());
        }
    }
}
