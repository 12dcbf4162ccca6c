package dev.warroom.connectors.aws;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ProbeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ChangeInfo;
import software.amazon.awssdk.services.route53.model.ChangeStatus;
import software.amazon.awssdk.services.route53.model.GetChangeRequest;
import software.amazon.awssdk.services.route53.model.GetChangeResponse;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;
import software.amazon.awssdk.services.route53.waiters.Route53Waiter;

/**
 * dns.update on route53-record: ChangeResourceRecordSets UPSERT of a simple record, then the
 * ResourceRecordSetsChanged waiter (GetChange) until Route 53 reports INSYNC, within the step's
 * timeout. Without a ttl param the record keeps its current TTL (300s for a new record). Records with
 * a routing policy (set identifiers) are refused: which set to change is a decision for a person.
 */
final class Route53RecordUpdate extends AwsAction {

    private static final long NEW_RECORD_TTL = 300;
    private static final Set<String> ZONE_APEX_TYPES = Set.of("NS", "SOA");

    private final Route53Records records;
    private final Sightings<Observation> seen;

    Route53RecordUpdate(AwsClients clients, Route53Records records, Sightings<Observation> seen) {
        super(clients, "dns.update");
        this.records = records;
        this.seen = seen;
    }

    @Override
    protected Draft draft(ActionRequest request) throws ProbeException {
        Resource record = target(request);
        RecordRef ref = RecordRef.of(record);
        List<String> values = RecordChange.values(requiredParam(request, "value"));
        Optional<Sightings.Seen<Observation>> last = seen.get(record.id());
        Optional<String> seenTarget = last.flatMap(s -> s.value().attribute("target"));
        Optional<String> seenTtl = last.flatMap(s -> s.value().attribute("ttl"));
        String type = Optional.ofNullable(request.params().get("type")).map(t -> t.strip().toUpperCase(Locale.ROOT))
                .or(ref::type).or(() -> last.flatMap(s -> s.value().attribute("type"))).orElse(RecordChange.guessType(values));
        Optional<Long> ttl = RecordChange.ttl(request.params().get("ttl"))
                .or(() -> seenTtl.flatMap(t -> DurationText.parse(t)).map(Duration::toSeconds));
        RecordChange change = RecordChange.of(ref.fqdn(), type, values, ttl.orElse(NEW_RECORD_TTL));
        String zoneId = ref.zoneId().or(() -> last.flatMap(s -> s.value().attribute("zoneId")))
                .orElse("<id of hosted zone " + ref.zone().orElse("?") + ">");
        String ttlWords = ttl.isPresent() ? "TTL=" + change.ttlSeconds() : "TTL=<unchanged: the record's current TTL>";
        String call = "route53:ChangeResourceRecordSets HostedZoneId=" + zoneId + " UPSERT " + change.fqdn() + " " + type + " "
                + ttlWords + " → " + change.valuesWords() + ", then the ResourceRecordSetsChanged waiter (GetChange) until INSYNC\n"
                + "aws route53 change-resource-record-sets" + AwsCli.flag("--hosted-zone-id", zoneId)
                + AwsCli.flag("--change-batch", change.batchJson()) + AwsCli.flag("--profile", ref.profile());
        List<String> changes = new ArrayList<>();
        changes.add(change.fqdn() + " " + type + ": " + seenTarget.orElse("(current value)") + " → " + change.valuesWords());
        seenTtl.ifPresent(old -> changes.add("resolvers keep answering " + seenTarget.orElse("the old value") + " for up to " + old
                + " (the old TTL) after Route 53 is in sync"));
        ttl.filter(t -> seenTtl.isEmpty() || !DurationText.format(Duration.ofSeconds(t)).equals(seenTtl.get()))
                .ifPresent(t -> changes.add("the TTL becomes " + DurationText.format(Duration.ofSeconds(t))));
        return new Draft("Point " + change.fqdn() + " at " + change.valuesWords(), call, changes);
    }

    @Override
    protected ActionResult perform(ActionRequest request, Deadline deadline) throws ProbeException, InterruptedException {
        Resource record = target(request);
        RecordRef ref = RecordRef.of(record);
        List<String> values = RecordChange.values(requiredParam(request, "value"));
        Optional<Long> ttlParam = RecordChange.ttl(request.params().get("ttl"));
        String zoneId = records.zoneId(ref, AwsClients.Use.ACTION);
        List<ResourceRecordSet> current = records.current(ref, zoneId, AwsClients.Use.ACTION);
        String type = Optional.ofNullable(request.params().get("type")).map(t -> t.strip().toUpperCase(Locale.ROOT)).or(ref::type)
                .or(() -> current.stream().map(ResourceRecordSet::typeAsString).filter(t -> !ZONE_APEX_TYPES.contains(t)).findFirst())
                .orElse(RecordChange.guessType(values));
        List<ResourceRecordSet> sameType = current.stream().filter(s -> type.equalsIgnoreCase(s.typeAsString())).toList();
        List<String> identifiers = sameType.stream().map(ResourceRecordSet::setIdentifier).filter(id -> id != null).toList();
        if (!identifiers.isEmpty()) {
            throw problem("dns.update on " + ref.fqdn() + ": the " + type + " record has a routing policy (set identifiers "
                    + String.join(", ", identifiers) + "); WarRoom changes simple records only — change the set by hand or "
                    + "use a routing control");
        }
        Optional<Long> oldTtl = sameType.stream().map(ResourceRecordSet::ttl).filter(t -> t != null).findFirst();
        long ttl = ttlParam.or(() -> oldTtl).orElse(NEW_RECORD_TTL);
        RecordChange change = RecordChange.of(ref.fqdn(), type, values, ttl);
        Route53Client route53 = clients.route53(ref.profile(), AwsClients.Use.ACTION);
        AwsCall call = records.call();
        Change upsert = Change.builder().action(ChangeAction.UPSERT)
                .resourceRecordSet(s -> s.name(change.fqdn()).type(change.type()).ttl(change.ttlSeconds())
                        .resourceRecords(change.values().stream().map(v -> ResourceRecord.builder().value(v).build()).toList()))
                .build();
        ChangeInfo accepted = call.ask(() -> route53.changeResourceRecordSets(b -> b.hostedZoneId(zoneId)
                .changeBatch(batch -> batch.comment("WarRoom dns.update").changes(upsert))
                .overrideConfiguration(o -> o.apiCallTimeout(deadline.capped(clients.settings().callTimeout().multipliedBy(3))))))
                .changeInfo();
        String changeId = RecordRef.bareZoneId(accepted.id());
        GetChangeRequest getChange = GetChangeRequest.builder().id(changeId)
                .overrideConfiguration(o -> o.apiCallTimeout(clients.settings().callTimeout())).build();
        Following.Followed<GetChangeResponse> followed;
        try (Route53Waiter waiter = Route53Waiter.builder().client(route53).build()) {
            followed = accepted.status() == ChangeStatus.INSYNC
                    ? new Following.Followed<>(true, Optional.empty())
                    : Following.until(deadline, clients.settings().pollInterval(),
                            config -> waiter.waitUntilResourceRecordSetsChanged(getChange, config),
                            r -> r.changeInfo() != null && r.changeInfo().status() == ChangeStatus.INSYNC);
        } catch (SdkClientException e) {
            throw new ProbeException(call.kind(e), call.where() + ": change " + changeId + " was accepted, but following it failed: "
                    + call.words(e));
        }
        String old = sameType.isEmpty() ? "(no record)" : String.join(", ", Route53Records.values(sameType.get(0)));
        Map<String, String> outputs = Map.of("value", change.valuesWords(), "type", type,
                "ttl", DurationText.format(Duration.ofSeconds(ttl)), "changeId", changeId,
                "status", followed.done() ? "INSYNC" : "PENDING", "previous", old);
        if (!followed.done()) {
            return ActionResult.failed("Route 53 accepted change " + changeId + " (" + change.fqdn() + " → " + change.valuesWords()
                    + ") but it was still PENDING after " + DurationText.human(deadline.budget()) + "; check with: aws route53 get-change --id "
                    + changeId);
        }
        return ActionResult.ok(change.fqdn() + " " + type + " now " + change.valuesWords() + " (TTL " + DurationText.format(Duration.ofSeconds(ttl))
                + "), INSYNC after " + DurationText.human(deadline.elapsed()) + oldTtl.map(t -> "; resolvers that cached " + old
                        + " follow within " + DurationText.format(Duration.ofSeconds(t))).orElse(""), outputs);
    }
}
