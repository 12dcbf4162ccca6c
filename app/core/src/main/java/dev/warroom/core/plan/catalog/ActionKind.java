package dev.warroom.core.plan.catalog;

import java.util.List;
import java.util.Set;

/**
 * A kind of action a step can perform: the resource kinds it can target (empty: it targets a
 * communication channel or nothing) and its parameters. An inherently destructive kind (promotion,
 * DNS or traffic switch) must be marked {@code destructive: true} on every step that uses it.
 */
public record ActionKind(String name, String description, Set<String> targetKinds, boolean targetsChannel,
        List<String> requiredParams, Set<String> optionalParams, boolean runsShell, boolean inherentlyDestructive) {

    public ActionKind {
        targetKinds = Set.copyOf(targetKinds);
        requiredParams = List.copyOf(requiredParams);
        optionalParams = Set.copyOf(optionalParams);
    }

    public boolean needsTarget() {
        return targetsChannel || !targetKinds.isEmpty();
    }

    public boolean allowsParam(String key) {
        return requiredParams.contains(key) || optionalParams.contains(key);
    }
}
