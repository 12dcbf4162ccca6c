package dev.warroom.connectors.aws;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import java.util.Locale;
import java.util.Optional;

/** A Route 53 record as a plan names it: zone (name or id), record name, and optionally type and profile. */
record RecordRef(Optional<String> zone, Optional<String> zoneId, String name, Optional<String> type, Optional<String> profile) {

    static RecordRef of(Resource resource) throws ProbeException {
        Optional<String> zone = AwsScope.optional(resource, "zone").map(RecordRef::plain);
        Optional<String> zoneId = AwsScope.optional(resource, "zoneId").map(RecordRef::bareZoneId);
        if (zone.isEmpty() && zoneId.isEmpty()) {
            throw new ProbeException(ProbeFailure.ERROR, resource.kind() + " resource '" + resource.id() + "' needs observe.zone or observe.zoneId");
        }
        return new RecordRef(zone, zoneId, AwsScope.required(resource, "name"),
                AwsScope.optional(resource, "type").map(t -> t.toUpperCase(Locale.ROOT)), AwsScope.optional(resource, "profile"));
    }

    /** The record's full name without the trailing dot: a name relative to its zone gets the zone appended. */
    String fqdn() {
        String n = plain(name);
        return zone.filter(z -> !n.equals(z) && !n.endsWith("." + z)).map(z -> n + "." + z).orElse(n);
    }

    /** Lower case, no trailing dot, and Route 53's octal escape for a wildcard read back as {@code *}. */
    static String plain(String dnsName) {
        String n = dnsName.strip().toLowerCase(Locale.ROOT).replace("\\052", "*");
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    /** Route 53 writes ids as {@code /hostedzone/Z123} or {@code /change/C123}; calls take the bare id. */
    static String bareZoneId(String id) {
        String s = id.strip();
        int slash = s.lastIndexOf('/');
        return slash >= 0 ? s.substring(slash + 1) : s;
    }
}
