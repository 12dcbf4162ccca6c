package dev.warroom.core.sim;

import dev.warroom.core.plan.model.Site;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Works out which site a traffic change sends users to: the site whose id, region, resource names
 * or addresses (including the host of a resource's URL) the new value names (the longest such name
 * wins), else the first non-primary site that is up. Call with the {@link SimState} monitor held.
 */
final class ServingSites {

    private static final int SHORTEST_NAME = 2;

    private final SimState state;
    private final WorldReading reading;
    /** Names that point at exactly one site, lower-cased. */
    private final Map<String, Site> names;

    ServingSites(SimState state, WorldReading reading) {
        this.state = state;
        this.reading = reading;
        this.names = uniqueNames(state);
    }

    /** The site a value (a DNS target, an origin name, an environment) names, if any. */
    Optional<Site> named(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Site best = null;
        int bestLength = 0;
        for (Map.Entry<String, Site> name : names.entrySet()) {
            if (name.getKey().length() > bestLength && Names.mentions(lower, name.getKey())) {
                best = name.getValue();
                bestLength = name.getKey().length();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first site, other than the primary and {@code leaving}, that is up at {@code t}. */
    Optional<Site> fallback(Instant t, String leaving) {
        return state.sites().stream()
                .filter(s -> !state.isShared(s))
                .filter(s -> !s.id().equals(state.primarySite.id()) || leaving != null && !leaving.equals(state.primarySite.id()))
                .filter(s -> !s.id().equals(leaving))
                .filter(s -> state.regionDown(s.id(), t).isEmpty())
                .findFirst();
    }

    /** Where traffic goes when a change names {@code text}; empty if nowhere can take it. */
    Optional<Site> destination(String text, Instant t) {
        return named(text).or(() -> fallback(t, reading.serving(t)));
    }

    private static Map<String, Site> uniqueNames(SimState state) {
        Map<String, Site> owner = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Site site : state.sites()) {
            if (state.isShared(site)) {
                continue;
            }
            Set<String> ofSite = new HashSet<>();
            add(ofSite, site.id());
            add(ofSite, site.region());
            for (SimResource r : state.resourcesOf(site.id())) {
                add(ofSite, r.id());
                for (String value : r.resource.observe().values()) {
                    add(ofSite, value);
                    if (value != null && value.contains("://")) {
                        PublicNames.hostOf(value).ifPresent(host -> add(ofSite, host));
                    }
                }
                Details.firstOf(r.resource, "value", "target", "address").ifPresent(v -> add(ofSite, v));
            }
            for (String name : ofSite) {
                Site previous = owner.putIfAbsent(name, site);
                if (previous != null && previous != site) {
                    ambiguous.add(name);
                }
            }
        }
        ambiguous.forEach(owner::remove);
        return Map.copyOf(owner);
    }

    private static void add(Set<String> names, String name) {
        if (name != null && name.strip().length() >= SHORTEST_NAME) {
            names.add(name.strip().toLowerCase(Locale.ROOT));
        }
    }
}
