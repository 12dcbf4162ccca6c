package dev.warroom.core.plan.catalog;

import java.util.Set;

/**
 * One action a real connector performs (DRILL and LIVE): the action kind, the resource kind it acts on
 * ({@link LiveCapabilities#ANY_TARGET} when one executor serves every target, or none), and the params
 * it reads. A param the action kind allows but this executor does not read is ignored when it runs.
 */
public record LiveExecutor(String actionKind, String targetKind, Set<String> params) {

    public LiveExecutor {
        params = Set.copyOf(params);
    }

    public boolean anyTarget() {
        return LiveCapabilities.ANY_TARGET.equals(targetKind);
    }
}
