package dev.warroom.connectors.azure.dns;

import com.azure.core.exception.HttpResponseException;
import com.azure.resourcemanager.dns.fluent.RecordSetsClient;
import com.azure.resourcemanager.dns.fluent.models.RecordSetInner;
import com.azure.resourcemanager.dns.models.RecordType;
import dev.warroom.connectors.azure.AzureAccess;
import dev.warroom.connectors.azure.AzureAddress;
import dev.warroom.connectors.azure.AzureProbe;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ReplicationRole;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * azure-dns-record: what Azure DNS publishes for a record set (the authoritative answer, not what
 * resolvers still cache): {@code target}, {@code ttl}, {@code type}. With no type in the plan it
 * looks for an A, then a CNAME, then an AAAA record set of that name.
 */
public final class DnsRecordProbe extends AzureProbe {

    private static final List<RecordType> GUESSES = List.of(RecordType.A, RecordType.CNAME, RecordType.AAAA);

    public DnsRecordProbe(AzureAccess access) {
        super(access);
    }

    @Override
    protected Observation read(Resource resource) {
        AzureAddress at = AzureAddress.require(resource, access);
        String zone = AzureAddress.required(resource, "zone");
        RecordSetsClient records = access.clients(at.subscription()).dns().serviceClient().getRecordSets();
        List<RecordType> types = at.observed("type").map(t -> List.of(DnsRecordValues.type(t))).orElse(GUESSES);
        HttpResponseException notFound = null;
        for (RecordType type : types) {
            try {
                RecordSetInner set = records.get(at.resourceGroup(), zone, at.name(), type);
                return observation(resource, zone, at.name(), type, set);
            } catch (HttpResponseException e) {
                if (e.getResponse() == null || e.getResponse().getStatusCode() != 404) {
                    throw e;
                }
                notFound = e;
            }
        }
        throw notFound;
    }

    private static Observation observation(Resource resource, String zone, String name, RecordType type, RecordSetInner set) {
        List<String> values = DnsRecordValues.read(set, type);
        Map<String, String> words = new LinkedHashMap<>();
        words.put("target", values.isEmpty() ? "(no records)" : String.join(", ", values));
        Optional.ofNullable(set.ttl()).ifPresent(ttl -> words.put("ttl", DurationText.format(Duration.ofSeconds(ttl))));
        words.put("type", type.toString());
        words.put("zone", zone);
        words.put("fqdn", set.fqdn() == null ? DnsRecordValues.fqdn(name, zone) : stripDot(set.fqdn()));
        String state = set.provisioningState() == null ? "Succeeded" : set.provisioningState();
        words.put("state", state);
        Health health = !values.isEmpty() && state.equals("Succeeded") ? Health.UP : Health.DEGRADED;
        return new Observation(resource.id(), health, ReplicationRole.NONE, Optional.empty(), words, Instant.now());
    }

    private static String stripDot(String fqdn) {
        return fqdn.endsWith(".") ? fqdn.substring(0, fqdn.length() - 1) : fqdn;
    }
}
