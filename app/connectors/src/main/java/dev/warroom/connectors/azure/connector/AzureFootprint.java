package dev.warroom.connectors.azure.connector;

import dev.warroom.connectors.azure.AzureAccess;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Footprint.AccountKind;
import dev.warroom.core.world.Footprint;

/** What the Azure probes and actions connect to: Resource Manager, in the resource's subscription. */
final class AzureFootprint {

    private AzureFootprint() {
    }

    static Footprint of(AzureAccess access, Resource resource) {
        Footprint manager = Footprint.url(access.endpoint());
        return access.defaultSubscriptionFor(resource).map(s -> manager.withAccount(AccountKind.AZURE_SUBSCRIPTION, s)).orElse(manager);
    }
}
