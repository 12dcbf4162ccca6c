package dev.warroom.connectors.web;

import dev.warroom.connectors.web.dns.ResolverAddress;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Footprint;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the web probes connect to: an http-health resource's URL, and the DNS server a dns-record
 * resource is asked through (its observe.resolver, else the configured one, else the system's first).
 */
final class WebFootprint {

    private WebFootprint() {
    }

    static Footprint of(Resource resource, Optional<String> defaultResolver, Supplier<Optional<ResolverAddress>> systemResolver) {
        return switch (resource.kind()) {
            case "http-health" -> Optional.ofNullable(resource.observe().get("url")).filter(u -> !u.isBlank()).map(Footprint::url)
                    .orElse(Footprint.unknown("resource '" + resource.id() + "' has no observe.url"));
            case "dns-record" -> resolver(resource, defaultResolver, systemResolver);
            default -> Footprint.unknown("the web connector does not observe kind " + resource.kind());
        };
    }

    private static Footprint resolver(Resource resource, Optional<String> defaultResolver, Supplier<Optional<ResolverAddress>> systemResolver) {
        try {
            Optional<ResolverAddress> address = Optional.ofNullable(resource.observe().get("resolver")).filter(r -> !r.isBlank())
                    .or(() -> defaultResolver).map(ResolverAddress::parse).or(systemResolver);
            return address.map(a -> Footprint.host(a.host(), a.port()))
                    .orElse(Footprint.unknown("no resolver for '" + resource.id() + "'"));
        } catch (IllegalArgumentException e) {
            return Footprint.unknown(e.getMessage());
        }
    }
}
