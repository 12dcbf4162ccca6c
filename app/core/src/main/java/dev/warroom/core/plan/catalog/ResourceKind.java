package dev.warroom.core.plan.catalog;

import java.util.List;
import java.util.Set;

/**
 * A kind of resource a plan can name, the {@code observe} keys it needs to be found, and the
 * keys it may carry besides.
 */
public record ResourceKind(String name, String description, List<String> requiredObserve, Set<String> optionalObserve,
        boolean replicated) {

    public ResourceKind {
        requiredObserve = List.copyOf(requiredObserve);
        optionalObserve = Set.copyOf(optionalObserve);
    }

    public boolean allowsObserveKey(String key) {
        return requiredObserve.contains(key) || optionalObserve.contains(key);
    }
}
