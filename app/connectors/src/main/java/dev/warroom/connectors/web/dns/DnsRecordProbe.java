package dev.warroom.connectors.web.dns;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Observes a dns-record: what its name resolves to now, as the resolver sees it, with the TTL the
 * resolver reports (attributes {@code target}, {@code ttl}, {@code type}, as in the simulated world).
 * The resolver is the resource's {@code resolver}, else the configured default, else the first of the
 * system's resolvers ({@link SystemResolvers}). Without an explicit {@code type}, a name that is a CNAME reports
 * the CNAME's target (and the addresses it leads to); with {@code type: A} or {@code AAAA} it
 * reports the addresses. NXDOMAIN and an empty answer show as down. Thread-safe.
 */
public final class DnsRecordProbe implements Probe {

    private static final int MAX_CHAIN = 16;

    private final DnsLookup lookup;
    private final Duration timeout;
    private final Optional<String> defaultResolver;
    private final Supplier<Optional<ResolverAddress>> systemResolver;
    private final Clock clock;

    /** {@code systemResolver} is asked only when neither the resource nor the settings name a resolver. */
    public DnsRecordProbe(DnsLookup lookup, Duration timeout, Optional<String> defaultResolver,
            Supplier<Optional<ResolverAddress>> systemResolver, Clock clock) {
        this.lookup = lookup;
        this.timeout = timeout;
        this.defaultResolver = defaultResolver;
        this.systemResolver = systemResolver;
        this.clock = clock;
    }

    @Override
    public Observation observe(Resource resource) throws ProbeException {
        String name = resource.observe().get("name");
        if (name == null || name.isBlank()) {
            throw new ProbeException(ProbeFailure.ERROR, "resource '" + resource.id() + "' has no observe.name");
        }
        Optional<DnsType> asked = Optional.empty();
        String typeText = resource.observe().get("type");
        if (typeText != null && !typeText.isBlank()) {
            asked = DnsType.parse(typeText);
            if (asked.isEmpty()) {
                throw new ProbeException(ProbeFailure.ERROR, "observe.type of '" + resource.id() + "' is " + typeText.strip()
                        + "; the DNS probe reads A, AAAA or CNAME records");
            }
        }
        String qname;
        try {
            qname = DnsLookup.asciiName(name);
        } catch (IllegalArgumentException e) {
            throw new ProbeException(ProbeFailure.ERROR, e.getMessage());
        }
        ResolverAddress resolver = resolver(resource);
        DnsResponse response;
        try {
            response = lookup.query(resolver, qname, asked.orElse(DnsType.A), timeout);
        } catch (DnsQueryException e) {
            throw new ProbeException(e.failure(), e.getMessage());
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        switch (response.rcode()) {
            case DnsResponse.NOERROR -> {
                return answered(resource, qname, asked, response.answers(), resolver, attributes);
            }
            case DnsResponse.NXDOMAIN -> {
                attributes.put("type", asked.orElse(DnsType.A).name());
                attributes.put("answer", "NXDOMAIN: " + qname + " does not exist");
                attributes.put("resolver", resolver.toString());
                return new Observation(resource.id(), Health.DOWN, ReplicationRole.NONE, Optional.empty(), attributes, clock.instant());
            }
            case DnsResponse.REFUSED -> throw new ProbeException(ProbeFailure.AUTH_FAILED,
                    "resolver " + resolver + " refused to answer for " + qname + " (REFUSED)");
            case DnsResponse.SERVFAIL -> throw new ProbeException(ProbeFailure.ERROR,
                    "resolver " + resolver + " could not get an answer for " + qname + " (SERVFAIL)");
            default -> throw new ProbeException(ProbeFailure.ERROR,
                    "resolver " + resolver + " answered " + response.rcodeName() + " for " + qname);
        }
    }

    private Observation answered(Resource resource, String qname, Optional<DnsType> asked, List<DnsRecord> answers,
            ResolverAddress resolver, Map<String, String> attributes) {
        Optional<DnsRecord> alias = find(answers, qname, DnsType.CNAME);
        List<DnsRecord> chain = new ArrayList<>();
        String end = qname;
        for (int hop = 0; hop < MAX_CHAIN; hop++) {
            Optional<DnsRecord> next = find(answers, end, DnsType.CNAME);
            if (next.isEmpty()) {
                break;
            }
            chain.add(next.get());
            end = next.get().data();
        }
        DnsType addressType = asked.filter(t -> t != DnsType.CNAME).orElse(DnsType.A);
        String finalName = end;
        List<DnsRecord> addresses = answers.stream().filter(r -> r.type() == addressType && r.name().equals(finalName)).toList();
        List<String> addressWords = addresses.stream().map(DnsRecord::data).sorted().toList();

        boolean reportAlias = alias.isPresent() && asked.map(t -> t == DnsType.CNAME).orElse(true);
        List<DnsRecord> used = reportAlias ? List.of(alias.get()) : concat(chain, addresses);
        String type = reportAlias ? "CNAME" : asked.orElse(DnsType.A).name();
        attributes.put("type", type);
        if (reportAlias) {
            attributes.put("target", alias.get().data());
        } else if (!addressWords.isEmpty()) {
            attributes.put("target", String.join(", ", addressWords));
        }
        used.stream().mapToLong(DnsRecord::ttlSeconds).min()
                .ifPresent(ttl -> attributes.put("ttl", DurationText.format(Duration.ofSeconds(ttl))));
        if (!chain.isEmpty() && !reportAlias) {
            attributes.put("cname", chain.get(0).data());
        }
        if (reportAlias && !addressWords.isEmpty()) {
            attributes.put("addresses", String.join(", ", addressWords));
        }
        attributes.put("resolver", resolver.toString());
        Health health = attributes.containsKey("target") ? Health.UP : Health.DOWN;
        if (health == Health.DOWN) {
            attributes.put("answer", "no " + type + " record for " + qname);
        }
        return new Observation(resource.id(), health, ReplicationRole.NONE, Optional.empty(), attributes, clock.instant());
    }

    private ResolverAddress resolver(Resource resource) throws ProbeException {
        String named = resource.observe().get("resolver");
        try {
            if (named != null && !named.isBlank()) {
                return ResolverAddress.parse(named);
            }
            if (defaultResolver.isPresent()) {
                return ResolverAddress.parse(defaultResolver.get());
            }
        } catch (IllegalArgumentException e) {
            throw new ProbeException(ProbeFailure.ERROR, e.getMessage());
        }
        return systemResolver.get().orElseThrow(() -> new ProbeException(ProbeFailure.ERROR,
                "no resolver for '" + resource.id() + "': this machine names no DNS resolver; set observe.resolver"));
    }

    private static Optional<DnsRecord> find(List<DnsRecord> answers, String name, DnsType type) {
        return answers.stream().filter(r -> r.type() == type && r.name().equals(name)).findFirst();
    }

    private static List<DnsRecord> concat(List<DnsRecord> a, List<DnsRecord> b) {
        List<DnsRecord> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
