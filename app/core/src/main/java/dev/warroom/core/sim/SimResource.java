package dev.warroom.core.sim;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.ResourceRole;
import dev.warroom.core.plan.model.Site;
import dev.warroom.core.world.ReplicationRole;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One plan resource in the simulated world, with the timelines actions write to. Guarded by the
 * {@link SimState} lock.
 */
final class SimResource {

    static final Duration DEFAULT_TTL = Duration.ofSeconds(60);
    private static final int DEFAULT_REPLICAS = 2;
    private static final int DEFAULT_NODES = 3;

    final Resource resource;
    final Site site;
    final KindFamily family;
    final Timeline<ReplicationRole> role;
    final Timeline<Integer> desired;
    final Timeline<Integer> ready;
    final Timeline<String> resolved;
    final Timeline<String> authoritative;
    final Timeline<Duration> ttl;
    /** Serverless deployments: active or standby. Routing controls: On or Off. */
    final Timeline<Boolean> active;
    final int nodes;
    final Optional<Integer> maxReplicas;
    private Promotion promotion;
    private SimResource primary;

    SimResource(Resource resource, Site site, KindFamily family, String defaultDnsValue, boolean initiallyActive) {
        this.resource = resource;
        this.site = site;
        this.family = family;
        this.role = new Timeline<>(initialRole(resource, family));
        int replicas = Details.count(resource, "replicas").orElse(DEFAULT_REPLICAS);
        this.desired = new Timeline<>(replicas);
        this.ready = new Timeline<>(replicas);
        String dnsValue = Details.firstOf(resource, "value", "target", "address").orElse(defaultDnsValue);
        this.resolved = new Timeline<>(dnsValue);
        this.authoritative = new Timeline<>(dnsValue);
        this.ttl = new Timeline<>(Details.duration(resource, "ttl").orElse(DEFAULT_TTL));
        this.active = new Timeline<>(initiallyActive);
        this.nodes = Details.count(resource, "nodes").or(() -> Details.count(resource, "nodeCount")).orElse(DEFAULT_NODES);
        this.maxReplicas = Details.count(resource, "maxReplicas");
    }

    String id() {
        return resource.id();
    }

    String kind() {
        return resource.kind();
    }

    String observe(String key) {
        return resource.observe().get(key);
    }

    /** The name a provider knows the resource by. */
    String name() {
        for (String key : new String[] {"name", "instance", "replicationGroup", "bucket", "host", "url", "healthCheckId", "routingControlArn",
                "context", "region"}) {
            String value = resource.observe().get(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return resource.id();
    }

    /** The first change after {@code time} on any of this resource's timelines, or of its promotion. */
    Optional<Instant> nextChangeAfter(Instant time) {
        Stream<Optional<Instant>> timelines = Stream.of(role, desired, ready, resolved, authoritative, ttl, active)
                .map(timeline -> timeline.nextChangeAfter(time));
        Stream<Optional<Instant>> promoting = promotion().stream()
                .flatMap(p -> Stream.of(p.startedAt(), p.completesAt())).map(Optional::of);
        return Stream.concat(timelines, promoting).flatMap(Optional::stream).filter(t -> t.isAfter(time)).min(Instant::compareTo);
    }

    Optional<Promotion> promotion() {
        return Optional.ofNullable(promotion);
    }

    void promote(Promotion started) {
        this.promotion = started;
    }

    /** The resource this one replicates from, if it is a replica with a known source. */
    Optional<SimResource> primary() {
        return Optional.ofNullable(primary);
    }

    void replicatesFrom(SimResource source) {
        this.primary = source;
    }

    private static ReplicationRole initialRole(Resource resource, KindFamily family) {
        ResourceRole designed = resource.role();
        if (designed != null) {
            return switch (designed) {
                case PRIMARY, ACTIVE -> ReplicationRole.PRIMARY;
                case REPLICA, STANDBY, PASSIVE -> ReplicationRole.REPLICA;
                case BACKUP -> family.replicates() ? ReplicationRole.STANDALONE : ReplicationRole.NONE;
            };
        }
        if (!family.replicates()) {
            return ReplicationRole.NONE;
        }
        return resource.replicaOf() != null ? ReplicationRole.REPLICA : ReplicationRole.STANDALONE;
    }
}
