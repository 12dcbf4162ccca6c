package dev.warroom.connectors.azure.frontdoor;

import com.azure.resourcemanager.cdn.fluent.models.AfdOriginInner;
import com.azure.resourcemanager.cdn.models.EnabledState;
import java.util.Locale;
import java.util.Optional;

/** One origin of a Front Door origin group, and its health when Azure Monitor has it (percent of healthy probes). */
record FrontDoorOrigin(String group, String name, String host, boolean enabled, int priority, int weight, Optional<Double> health) {

    static FrontDoorOrigin of(String group, AfdOriginInner origin) {
        return new FrontDoorOrigin(group, origin.name(), origin.hostname() == null ? origin.name() : origin.hostname(),
                !EnabledState.DISABLED.equals(origin.enabledState()),
                origin.priority() == null ? 1 : origin.priority(), origin.weight() == null ? 1000 : origin.weight(), Optional.empty());
    }

    FrontDoorOrigin withHealth(Optional<Double> percent) {
        return new FrontDoorOrigin(group, name, host, enabled, priority, weight, percent);
    }

    /** A plan names an origin by its name or by its host. */
    boolean isCalled(String nameOrHost) {
        String wanted = nameOrHost.strip().toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).equals(wanted) || host.toLowerCase(Locale.ROOT).equals(wanted);
    }

    boolean knownUnhealthy() {
        return health.map(p -> p <= 0.0).orElse(false);
    }

    /** {@code ai-workflow-prod.eastus.cloudapp.azure.com (enabled, priority 1, weight 1000, healthy 100%)}. */
    String words() {
        return host + " (" + (enabled ? "enabled" : "disabled") + ", priority " + priority + ", weight " + weight
                + health.map(p -> ", healthy " + Math.round(p) + "%").orElse("") + ")";
    }
}
