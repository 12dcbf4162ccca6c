package dev.warroom.console.room.header;

import dev.warroom.core.board.BoardEntry;
import dev.warroom.core.board.BoardSnapshot;
import dev.warroom.core.plan.catalog.ResourceKind;
import dev.warroom.core.plan.catalog.ResourceKinds;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.ResourceRole;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ReplicationRole;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The data at risk right now: the largest replication lag the board holds for a replica of data — a
 * resource of a kind that replicates data (databases, caches, storage, queues) which the plan designs
 * as replica or standby, or which reports itself a replica. A standby cluster's "lag" loses no data.
 */
record WorstLag(String resourceId, Duration lag) {

    static Optional<WorstLag> of(Plan plan, BoardSnapshot snapshot) {
        Map<String, Resource> resources = plan.sites().stream().flatMap(s -> s.resources().stream())
                .collect(Collectors.toMap(Resource::id, Function.identity(), (a, b) -> a));
        return snapshot.entries().stream()
                .filter(e -> e.observation().flatMap(Observation::lag).isPresent())
                .filter(e -> isReplica(resources.get(e.resourceId()), e))
                .map(e -> new WorstLag(e.resourceId(), e.observation().flatMap(Observation::lag).orElseThrow()))
                .max(Comparator.comparing(WorstLag::lag));
    }

    private static boolean isReplica(Resource resource, BoardEntry entry) {
        if (!ResourceKinds.find(entry.kind()).map(ResourceKind::replicated).orElse(false)) {
            return false;
        }
        boolean designed = resource != null && (resource.role() == ResourceRole.REPLICA || resource.role() == ResourceRole.STANDBY);
        boolean reports = entry.observation().map(Observation::role).filter(r -> r == ReplicationRole.REPLICA).isPresent();
        return designed || reports;
    }
}
