package dev.warroom.core.sim;

import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Site;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.ActionRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * dns.update: the provider publishes the new value within seconds; resolvers keep answering the old
 * one until the OLD TTL has run out, and users follow them to the site the new value names.
 */
final class DnsUpdate extends SimAction {

    DnsUpdate(SimContext ctx) {
        super(ctx, "dns.update");
    }

    @Override
    protected Optional<String> paramProblem(ActionRequest request) {
        String ttl = request.params().get("ttl");
        if (ttl != null && Details.durationText(ttl).isEmpty()) {
            return Optional.of("ttl: " + DurationText.explain(ttl));
        }
        return Optional.empty();
    }

    @Override
    protected Outcome apply(ActionRequest request, Optional<SimResource> target, Instant t) {
        SimResource r = target.orElseThrow();
        Optional<ScheduledFault> rejected = ctx.state().fault(FaultKind.DNS_UPDATE_FAILS, r, t);
        if (rejected.isPresent()) {
            return Outcome.failed(pick(request, t, "reject", Duration.ofSeconds(2), Duration.ofSeconds(5)),
                    ProviderWords.dnsRejected(r, rejected.get()));
        }
        String value = request.params().get("value").strip();
        Duration oldTtl = r.ttl.at(t);
        Duration newTtl = Optional.ofNullable(request.params().get("ttl")).flatMap(Details::durationText).orElse(oldTtl);
        Duration accept = pick(request, t, "accept", Duration.ofSeconds(2), Duration.ofSeconds(10));
        Instant published = t.plus(accept);
        Instant visible = published.plus(oldTtl);
        r.authoritative.replaceFrom(published, value);
        r.ttl.replaceFrom(published, newTtl);
        r.resolved.replaceFrom(visible, value);
        Optional<Site> destination = ctx.sites().destination(value, t);
        destination.ifPresent(site -> TrafficMoves.moveAt(ctx, site, visible));
        Map<String, String> outputs = new HashMap<>(Map.of("value", value, "visibleBy", Words.at(visible)));
        destination.ifPresent(site -> outputs.put("servingSite", site.id()));
        return Outcome.ok(accept, r.name() + " now publishes " + value + " (TTL " + DurationText.format(newTtl)
                + "); resolvers that cached the old answer follow within " + DurationText.format(oldTtl), outputs);
    }

    @Override
    protected Draft draft(ActionRequest request) {
        Resource record = request.target().orElseThrow();
        String value = request.params().get("value").strip();
        List<String> changes = new ArrayList<>();
        Duration ttl;
        String oldValue;
        synchronized (ctx.state()) {
            SimResource r = ctx.state().resource(record.id()).orElseThrow();
            Instant now = ctx.clock().now();
            ttl = r.ttl.at(now);
            oldValue = r.authoritative.at(now);
        }
        Duration newTtl = Optional.ofNullable(request.params().get("ttl")).flatMap(Details::durationText).orElse(ttl);
        changes.add(record.id() + ": " + oldValue + " → " + value);
        changes.add("resolvers keep answering " + oldValue + " for up to " + DurationText.format(ttl) + " (the old TTL)");
        changes.addAll(TrafficMoves.changes(ctx, TrafficMoves.destination(ctx, value), "as resolvers pick up the change"));
        String type = request.params().getOrDefault("type", Calls.observed(record, "type", value.matches("[0-9.]+") ? "A" : "CNAME"));
        return new Draft("Point " + request.targetName() + " at " + value, call(record, type, value, newTtl), changes);
    }

    private static String call(Resource record, String type, String value, Duration ttl) {
        String name = Calls.observed(record, "name", record.id());
        String zone = record.observe().get("zone");
        long seconds = ttl.toSeconds();
        return switch (record.kind()) {
            case "azure-dns-record" -> type.equalsIgnoreCase("A")
                    ? "az network dns record-set a update" + Calls.azureScope(record) + Calls.flag("--zone-name", zone) + Calls.flag("--name", name)
                            + " --set aRecords[0].ipv4Address=" + Calls.quoted(value) + " --set ttl=" + seconds
                    : "az network dns record-set " + type.toLowerCase(Locale.ROOT) + " set-record" + Calls.azureScope(record)
                            + Calls.flag("--zone-name", zone) + Calls.flag("--record-set-name", name) + " --cname " + Calls.quoted(value)
                            + " --ttl " + seconds;
            case "route53-record" -> "aws route53 change-resource-record-sets --hosted-zone-id "
                    + Calls.quoted(Calls.observed(record, "zoneId", "<hosted zone id of " + (zone == null ? name : zone) + ">"))
                    + " --change-batch " + Calls.quoted("{\"Changes\":[{\"Action\":\"UPSERT\",\"ResourceRecordSet\":{\"Name\":\""
                            + fqdn(name, zone) + "\",\"Type\":\"" + type + "\",\"TTL\":" + seconds + ",\"ResourceRecords\":[{\"Value\":\""
                            + value + "\"}]}}]}") + Calls.flag("--profile", record.observe().get("profile"));
            default -> "nsupdate: update delete " + fqdn(name, zone) + " " + type + "; update add " + fqdn(name, zone) + " " + seconds
                    + " " + type + " " + value + "; send";
        };
    }

    private static String fqdn(String name, String zone) {
        return zone == null || name.endsWith(zone) ? name : name + "." + zone;
    }
}
