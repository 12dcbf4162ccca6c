package dev.warroom.core.sim;

import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The names the public reaches the system by: DNS record names, edge endpoints, CDN and deployment
 * hosts. A health endpoint at one of them answers for the whole system, not for one site.
 */
final class PublicNames {

    private PublicNames() {
    }

    static Set<String> of(SimState state) {
        Set<String> names = new HashSet<>();
        for (SimResource r : state.resources()) {
            switch (r.family) {
                case DNS_RECORD -> {
                    addName(names, r.observe("name"));
                    if (r.observe("name") != null && r.observe("zone") != null && !r.observe("name").endsWith(r.observe("zone"))) {
                        addName(names, r.observe("name") + "." + r.observe("zone"));
                    }
                }
                case EDGE -> {
                    addName(names, r.observe("endpoint"));
                    hostOf(r.observe("url")).ifPresent(names::add);
                    if ("cdn".equals(r.kind())) {
                        addName(names, r.observe("name"));
                    }
                }
                case SERVERLESS -> {
                    if (state.isShared(r.site)) {
                        hostOf(r.observe("url")).ifPresent(names::add);
                    }
                }
                default -> {
                }
            }
        }
        return Set.copyOf(names);
    }

    private static void addName(Set<String> names, String name) {
        if (name != null && !name.isBlank()) {
            names.add(name.strip().toLowerCase(Locale.ROOT).replaceAll("\\.$", ""));
        }
    }

    static Optional<String> hostOf(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            String withScheme = url.contains("://") ? url : "https://" + url;
            return Optional.ofNullable(URI.create(withScheme.strip()).getHost()).map(h -> h.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
