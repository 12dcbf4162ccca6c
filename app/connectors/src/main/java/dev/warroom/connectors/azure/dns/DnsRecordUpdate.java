package dev.warroom.connectors.azure.dns;

import com.azure.core.exception.HttpResponseException;
import com.azure.core.util.Context;
import com.azure.json.JsonSerializable;
import com.azure.resourcemanager.dns.fluent.RecordSetsClient;
import com.azure.resourcemanager.dns.fluent.models.RecordSetInner;
import com.azure.resourcemanager.dns.models.RecordType;
import dev.warroom.connectors.azure.AzureAccess;
import dev.warroom.connectors.azure.AzureAction;
import dev.warroom.connectors.azure.AzureAddress;
import dev.warroom.connectors.azure.AzureCalls;
import dev.warroom.connectors.azure.AzurePlanProblem;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * dns.update on azure-dns-record: PATCHes an existing record set to the new value (and TTL), with
 * {@code If-Match} on the ETag just read, so a change made meanwhile by someone else is refused
 * rather than overwritten. It never creates a record set: a typo in a plan must not publish a new name.
 */
public final class DnsRecordUpdate extends AzureAction {

    public DnsRecordUpdate(AzureAccess access) {
        super(access);
    }

    @Override
    public ActionPreview preview(ActionRequest request) {
        Resource record = target(request);
        AzureAddress at = AzureAddress.describe(record, access);
        String zone = AzureAddress.shown(record, "zone");
        String value = request.param("value", "").strip();
        String fqdn = DnsRecordValues.fqdn(at.name(), zone);
        List<String> changes = new ArrayList<>();
        String call;
        try {
            RecordType type = type(request, record, value);
            Optional<Long> ttl = ttlSeconds(request);
            RecordSetInner change = DnsRecordValues.write(type, value, ttl);
            String body = AzureCalls.json(change);
            String apiVersion = access.clients(at.subscription()).dns().serviceClient().getApiVersion();
            call = AzureCalls.rest("PATCH", access, path(at, zone, type), apiVersion, null) + "\nIf-Match: <the record set's ETag, read just before>\n"
                    + body + "\naz network dns record-set " + type.toString().toLowerCase(Locale.ROOT) + " update" + AzureCalls.scope(at)
                    + AzureCalls.flag("--zone-name", zone) + AzureCalls.flag("--name", at.name())
                    + ttl.map(s -> " --set ttl=" + s).orElse("") + AzureCalls.flag("--set", cliRecords(type, change));
            changes.add(fqdn + " (" + type + ") will answer " + value + " (it is read just before the change, to report what it was)");
            changes.add(ttl.map(s -> "TTL becomes " + DurationText.format(Duration.ofSeconds(s))).orElse("TTL stays as it is"));
            changes.add("resolvers that cached the old answer keep it until the old TTL runs out");
        } catch (AzurePlanProblem e) {
            call = "(refused) " + e.getMessage();
            changes.add("nothing: " + e.getMessage());
        }
        return new ActionPreview("Point " + request.targetName() + " at " + value, call, changes, reach(request));
    }

    @Override
    protected ActionResult perform(ActionRequest request, Resource record, Instant deadline) {
        String value = request.param("value", "").strip();
        RecordType type = type(request, record, value);
        Optional<Long> ttl = ttlSeconds(request);
        RecordSetInner change = DnsRecordValues.write(type, value, ttl);
        AzureAddress at = AzureAddress.require(record, access);
        String zone = AzureAddress.required(record, "zone");
        String fqdn = DnsRecordValues.fqdn(at.name(), zone);
        RecordSetsClient records = access.clients(at.subscription()).dns().serviceClient().getRecordSets();
        RecordSetInner before = current(records, at, zone, type, fqdn);
        String was = String.join(", ", DnsRecordValues.read(before, type));
        long oldTtl = before.ttl() == null ? 0 : before.ttl();
        RecordSetInner after = records.updateWithResponse(at.resourceGroup(), zone, at.name(), type, change, before.etag(), Context.NONE).getValue();
        String now = String.join(", ", DnsRecordValues.read(after, type));
        Duration newTtl = Duration.ofSeconds(after.ttl() == null ? ttl.orElse(oldTtl) : after.ttl());
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("value", now);
        outputs.put("previousValue", was);
        outputs.put("type", type.toString());
        outputs.put("ttl", DurationText.format(newTtl));
        outputs.put("visibleBy", Instant.now().plusSeconds(oldTtl).truncatedTo(ChronoUnit.SECONDS).toString());
        return ActionResult.ok(fqdn + " (" + type + ") now answers " + now + " with TTL " + DurationText.format(newTtl) + " (was " + was
                + "); resolvers that cached the old answer follow within " + DurationText.format(Duration.ofSeconds(oldTtl)), outputs);
    }

    private static RecordSetInner current(RecordSetsClient records, AzureAddress at, String zone, RecordType type, String fqdn) {
        try {
            return records.get(at.resourceGroup(), zone, at.name(), type);
        } catch (HttpResponseException e) {
            if (e.getResponse() != null && e.getResponse().getStatusCode() == 404) {
                throw new AzurePlanProblem("there is no " + type + " record set " + fqdn + " in resource group " + at.resourceGroup()
                        + "; WarRoom changes existing records only");
            }
            throw e;
        }
    }

    private static RecordType type(ActionRequest request, Resource record, String value) {
        return Optional.ofNullable(request.params().get("type")).or(() -> AzureAddress.observed(record, "type"))
                .map(DnsRecordValues::type).orElseGet(() -> DnsRecordValues.inferred(value));
    }

    /** A TTL written like plan durations ({@code 60s}, {@code 5m}) or as bare seconds. */
    private static Optional<Long> ttlSeconds(ActionRequest request) {
        String ttl = request.params().get("ttl");
        if (ttl == null || ttl.isBlank()) {
            return Optional.empty();
        }
        if (ttl.strip().matches("[0-9]{1,9}")) {
            return Optional.of(Long.parseLong(ttl.strip()));
        }
        return Optional.of(DurationText.parse(ttl.strip()).orElseThrow(() -> new AzurePlanProblem("ttl: " + DurationText.explain(ttl)))
                .toSeconds());
    }

    private static String path(AzureAddress at, String zone, RecordType type) {
        return "/subscriptions/" + at.subscription() + "/resourceGroups/" + at.resourceGroup() + "/providers/Microsoft.Network/dnsZones/"
                + zone + "/" + type + "/" + at.name();
    }

    /** The az CLI's generic {@code --set property=json} for the records the body carries. */
    private static String cliRecords(RecordType type, RecordSetInner set) {
        return switch (type.toString()) {
            case "A" -> "aRecords=" + list(set.aRecords());
            case "AAAA" -> "aaaaRecords=" + list(set.aaaaRecords());
            case "CNAME" -> "cnameRecord=" + AzureCalls.json(set.cnameRecord());
            default -> "txtRecords=" + list(set.txtRecords());
        };
    }

    private static String list(List<? extends JsonSerializable<?>> records) {
        return records.stream().map(AzureCalls::json).collect(Collectors.joining(",", "[", "]"));
    }
}
