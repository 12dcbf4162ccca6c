package dev.warroom.connectors.aws;

import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.route53.model.HostedZone;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * Reads Route 53 records: finds a hosted zone's id by its name (a public zone before a private one of
 * the same name; remembered once found) and lists the record sets of one name. Thread-safe.
 */
final class Route53Records {

    private final AwsClients clients;
    private final Map<String, String> zoneIds = new ConcurrentHashMap<>();

    Route53Records(AwsClients clients) {
        this.clients = clients;
    }

    AwsCall call() {
        return clients.call("Route 53", "(global)");
    }

    String zoneId(RecordRef ref, AwsClients.Use use) throws ProbeException {
        if (ref.zoneId().isPresent()) {
            return ref.zoneId().get();
        }
        String zone = ref.zone().orElseThrow();
        String key = ref.profile().orElse("") + "|" + zone;
        String known = zoneIds.get(key);
        if (known != null) {
            return known;
        }
        List<HostedZone> zones = call().ask(() -> clients.route53(ref.profile(), use)
                .listHostedZonesByName(b -> b.dnsName(zone).maxItems("10"))).hostedZones();
        HostedZone found = zones.stream()
                .filter(z -> RecordRef.plain(z.name()).equals(zone))
                .min(Comparator.comparing((HostedZone z) -> z.config() != null && Boolean.TRUE.equals(z.config().privateZone())))
                .orElseThrow(() -> new ProbeException(ProbeFailure.ERROR, call().where() + ": no hosted zone named " + zone
                        + " is visible to these credentials"));
        String id = RecordRef.bareZoneId(found.id());
        zoneIds.put(key, id);
        return id;
    }

    /** Every record set named like {@code ref} (of its type, when the plan names one). */
    List<ResourceRecordSet> current(RecordRef ref, String zoneId, AwsClients.Use use) throws ProbeException {
        String fqdn = ref.fqdn();
        List<ResourceRecordSet> sets = call().ask(() -> clients.route53(ref.profile(), use).listResourceRecordSets(b -> {
            b.hostedZoneId(zoneId).startRecordName(fqdn).maxItems("50");
            ref.type().ifPresent(b::startRecordType);
        })).resourceRecordSets();
        return sets.stream()
                .filter(s -> RecordRef.plain(s.name()).equals(fqdn))
                .filter(s -> ref.type().map(t -> t.equalsIgnoreCase(s.typeAsString())).orElse(true))
                .toList();
    }

    /** The values of one record set in words: its records (without trailing dots) or its alias target. */
    static List<String> values(ResourceRecordSet set) {
        if (set.aliasTarget() != null) {
            return List.of(RecordRef.plain(set.aliasTarget().dnsName()));
        }
        return set.resourceRecords().stream().map(r -> {
            String v = r.value().strip();
            return v.endsWith(".") ? v.substring(0, v.length() - 1) : v;
        }).toList();
    }
}
