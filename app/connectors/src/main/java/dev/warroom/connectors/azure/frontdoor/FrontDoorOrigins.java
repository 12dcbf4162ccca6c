package dev.warroom.connectors.azure.frontdoor;

import com.azure.resourcemanager.cdn.fluent.CdnManagementClient;
import com.azure.resourcemanager.cdn.fluent.models.AfdOriginGroupInner;
import com.azure.resourcemanager.cdn.fluent.models.AfdOriginInner;
import dev.warroom.connectors.azure.AzureAddress;
import dev.warroom.connectors.azure.AzurePlanProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The origins of a Front Door (Standard/Premium) profile: those of the plan's origin group, or of
 * every group when the plan names none; and which of them Front Door sends traffic to.
 */
final class FrontDoorOrigins {

    private FrontDoorOrigins() {
    }

    static List<FrontDoorOrigin> list(CdnManagementClient cdn, AzureAddress profile) {
        List<String> groups = profile.observed("originGroup").map(List::of).orElseGet(() -> {
            List<String> all = new ArrayList<>();
            for (AfdOriginGroupInner group : cdn.getAfdOriginGroups().listByProfile(profile.resourceGroup(), profile.name())) {
                all.add(group.name());
            }
            return all;
        });
        List<FrontDoorOrigin> origins = new ArrayList<>();
        for (String group : groups) {
            for (AfdOriginInner origin : cdn.getAfdOrigins().listByOriginGroup(profile.resourceGroup(), profile.name(), group)) {
                origins.add(FrontDoorOrigin.of(group, origin));
            }
        }
        return origins;
    }

    /** Health per origin from a map keyed by origin name or host (lower case). */
    static List<FrontDoorOrigin> withHealth(List<FrontDoorOrigin> origins, Map<String, Double> health) {
        return origins.stream().map(o -> o.withHealth(Optional.ofNullable(health.get(o.host().toLowerCase(java.util.Locale.ROOT)))
                .or(() -> Optional.ofNullable(health.get(o.name().toLowerCase(java.util.Locale.ROOT)))))).toList();
    }

    /**
     * Where Front Door sends traffic: in each group, the enabled origins not known to be unhealthy
     * with the best (lowest) priority that carry weight.
     */
    static List<FrontDoorOrigin> serving(List<FrontDoorOrigin> origins) {
        List<FrontDoorOrigin> out = new ArrayList<>();
        Map<String, List<FrontDoorOrigin>> byGroup = origins.stream()
                .collect(Collectors.groupingBy(FrontDoorOrigin::group, java.util.LinkedHashMap::new, Collectors.toList()));
        for (List<FrontDoorOrigin> group : byGroup.values()) {
            List<FrontDoorOrigin> candidates = group.stream().filter(o -> o.enabled() && !o.knownUnhealthy()).toList();
            Optional<Integer> best = candidates.stream().map(FrontDoorOrigin::priority).min(Comparator.naturalOrder());
            best.ifPresent(p -> {
                List<FrontDoorOrigin> top = candidates.stream().filter(o -> o.priority() == p).toList();
                List<FrontDoorOrigin> weighted = top.stream().filter(o -> o.weight() > 0).toList();
                out.addAll(weighted.isEmpty() ? top : weighted);
            });
        }
        return out;
    }

    static FrontDoorOrigin find(List<FrontDoorOrigin> origins, String nameOrHost, AzureAddress profile) {
        return origins.stream().filter(o -> o.isCalled(nameOrHost)).findFirst().orElseThrow(() -> new AzurePlanProblem(
                "Front Door " + profile.name() + " has no origin named or hosted at '" + nameOrHost + "' (origins: "
                        + origins.stream().map(o -> o.name() + " = " + o.host()).collect(Collectors.joining(", ")) + ")"));
    }
}
