package dev.warroom.connectors.aws;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import dev.warroom.core.world.ReplicationRole;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * route53-record: what Route 53 publishes for a name (ListResourceRecordSets). Attributes: target, ttl,
 * type, zone, zoneId; alias for alias records; routing when several record sets share the name (weighted,
 * failover …), where target is the first set's values.
 */
final class Route53RecordProbe implements Probe {

    private static final Set<String> ZONE_APEX_TYPES = Set.of("NS", "SOA");

    private final Route53Records records;
    private final Clock clock;

    Route53RecordProbe(Route53Records records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public Observation observe(Resource resource) throws ProbeException {
        RecordRef ref = RecordRef.of(resource);
        String zoneId = records.zoneId(ref, AwsClients.Use.PROBE);
        List<ResourceRecordSet> all = records.current(ref, zoneId, AwsClients.Use.PROBE);
        Optional<String> type = ref.type().or(() -> all.stream().map(ResourceRecordSet::typeAsString)
                .filter(t -> !ZONE_APEX_TYPES.contains(t)).findFirst());
        List<ResourceRecordSet> sets = all.stream().filter(s -> type.map(t -> t.equalsIgnoreCase(s.typeAsString())).orElse(false)).toList();
        if (sets.isEmpty()) {
            throw new ProbeException(ProbeFailure.ERROR, records.call().where() + ": zone " + ref.zone().orElse(zoneId) + " (" + zoneId
                    + ") has no " + ref.type().map(t -> t + " ").orElse("") + "record named " + ref.fqdn());
        }
        ResourceRecordSet first = sets.get(0);
        Map<String, String> words = new LinkedHashMap<>();
        words.put("target", String.join(", ", Route53Records.values(first)));
        Optional.ofNullable(first.ttl()).ifPresent(ttl -> words.put("ttl", DurationText.format(Duration.ofSeconds(ttl))));
        words.put("type", first.typeAsString());
        ref.zone().ifPresent(z -> words.put("zone", z));
        words.put("zoneId", zoneId);
        if (first.aliasTarget() != null) {
            words.put("alias", "yes" + (Boolean.TRUE.equals(first.aliasTarget().evaluateTargetHealth()) ? " (evaluates target health)" : ""));
        }
        if (sets.size() > 1 || first.setIdentifier() != null) {
            words.put("routing", sets.stream().map(Route53RecordProbe::routingWords).collect(Collectors.joining("; ")));
        }
        return new Observation(resource.id(), Health.UP, ReplicationRole.NONE, Optional.empty(), words, clock.instant());
    }

    private static String routingWords(ResourceRecordSet set) {
        String policy = set.failoverAsString() != null ? "failover " + AwsWords.lower(set.failoverAsString())
                : set.weight() != null ? "weight " + set.weight()
                : set.regionAsString() != null ? "latency " + set.regionAsString()
                : "set";
        return set.setIdentifier() + " (" + policy + ") → " + String.join(", ", Route53Records.values(set));
    }
}
