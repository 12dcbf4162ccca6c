package dev.warroom.console.room.board;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.ResourceRole;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ReplicationRole;
import java.util.Locale;
import java.util.Optional;

/**
 * The role a resource card shows: the replication role as observed when the resource reports one,
 * else the plan's design; and whether what is observed departs from the design (a promoted replica).
 *
 * @param shown    the role word (e.g. "primary"), empty when neither the world nor the plan gives one
 * @param designed the plan's role word, present when it differs from what is observed
 */
record RoleReading(Optional<String> shown, Optional<String> designed) {

    boolean differs() {
        return designed.isPresent();
    }

    static RoleReading of(Resource resource, Optional<Observation> observation) {
        Optional<ReplicationRole> observed = observation.map(Observation::role).filter(r -> r != ReplicationRole.NONE);
        Optional<ResourceRole> design = Optional.ofNullable(resource.role());
        if (observed.isEmpty()) {
            return new RoleReading(design.map(RoleReading::word), Optional.empty());
        }
        ReplicationRole seen = observed.get() == ReplicationRole.REPLICA ? ReplicationRole.REPLICA : ReplicationRole.PRIMARY;
        boolean differs = design.flatMap(RoleReading::expected).filter(expected -> expected != seen).isPresent();
        return new RoleReading(Optional.of(word(observed.get())), differs ? design.map(RoleReading::word) : Optional.empty());
    }

    /**
     * What a resource designed this way reports while all is as planned: a source (primary) or a copy
     * (replica). A backup is a detached copy and may report either.
     */
    private static Optional<ReplicationRole> expected(ResourceRole role) {
        return switch (role) {
            case PRIMARY, ACTIVE -> Optional.of(ReplicationRole.PRIMARY);
            case REPLICA, STANDBY, PASSIVE -> Optional.of(ReplicationRole.REPLICA);
            case BACKUP -> Optional.empty();
        };
    }

    private static String word(Enum<?> role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
