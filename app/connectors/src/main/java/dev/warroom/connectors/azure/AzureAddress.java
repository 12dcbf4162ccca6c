package dev.warroom.connectors.azure;

import dev.warroom.core.plan.model.Resource;
import java.util.Optional;

/**
 * Where a plan's Azure resource lives: subscription, resource group and name, from its
 * {@code observe} keys (the subscription falls back to the connector's default).
 */
public record AzureAddress(String subscription, String resourceGroup, String name, Resource resource) {

    /** The address a call needs; a missing key is an {@link AzurePlanProblem} naming it. */
    public static AzureAddress require(Resource resource, AzureAccess access) {
        return new AzureAddress(access.subscriptionFor(resource), required(resource, "resourceGroup"), required(resource, "name"), resource);
    }

    /** The address as far as the plan says it, with {@code <key>} where it is silent: for previews. */
    public static AzureAddress describe(Resource resource, AzureAccess access) {
        return new AzureAddress(access.defaultSubscriptionFor(resource).orElse("<subscription>"), shown(resource, "resourceGroup"),
                shown(resource, "name"), resource);
    }

    public static String required(Resource resource, String key) {
        return observed(resource, key).orElseThrow(() -> new AzurePlanProblem(
                "resource '" + resource.id() + "' (" + resource.kind() + ") needs observe." + key + " to be found in Azure"));
    }

    public static Optional<String> observed(Resource resource, String key) {
        return Optional.ofNullable(resource.observe().get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    public static String shown(Resource resource, String key) {
        return observed(resource, key).orElse("<" + key + ">");
    }

    /** {@code /subscriptions/S/resourceGroups/G/providers/PROVIDER/NAME...}: the ARM path of a resource under this group. */
    public String path(String providerAndType, String... names) {
        StringBuilder out = new StringBuilder("/subscriptions/").append(subscription).append("/resourceGroups/").append(resourceGroup)
                .append("/providers/").append(providerAndType).append('/').append(name);
        for (String n : names) {
            out.append('/').append(n);
        }
        return out.toString();
    }

    public Optional<String> observed(String key) {
        return observed(resource, key);
    }
}
