package dev.warroom.importer.commands;

import dev.warroom.core.plan.catalog.ResourceKind;
import dev.warroom.core.plan.catalog.ResourceKinds;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a proposed resource only when the command says enough: every observe key its kind requires is given and
 * none is a placeholder. Optional keys that are placeholders are left out.
 */
final class Resources {

    private Resources() {
    }

    /**
     * @param observe the observe keys the command gave, {@code null} values for those it did not
     * @param idPrefix the kind's short prefix in the id
     * @param idParts the observe keys whose values make the id, in order
     */
    static Optional<ProposedResource> propose(String kind, String idPrefix, Map<String, String> observe, String... idParts) {
        ResourceKind resourceKind = ResourceKinds.find(kind).orElseThrow(() -> new IllegalArgumentException(kind));
        Map<String, String> kept = new LinkedHashMap<>();
        for (var entry : observe.entrySet()) {
            String value = entry.getValue();
            boolean required = resourceKind.requiredObserve().contains(entry.getKey());
            if (value == null || Placeholder.in(value)) {
                if (required) {
                    return Optional.empty();
                }
                continue;
            }
            kept.put(entry.getKey(), value);
        }
        if (!kept.keySet().containsAll(resourceKind.requiredObserve())) {
            return Optional.empty();
        }
        String[] names = new String[idParts.length];
        for (int i = 0; i < idParts.length; i++) {
            names[i] = kept.get(idParts[i]);
        }
        return Optional.of(new ProposedResource(ResourceIds.of(idPrefix, names), kind, kept));
    }

    /** A mutable map that keeps {@code null}s, for {@link #propose}'s observe argument. */
    static Map<String, String> observe(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
