package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * What a DRILL of this plan may touch besides loopback, which is always in it. Anything else is
 * shown as "not observed in DRILL" and never connected to. Immutable; lists are never null.
 */
public record DrillEnvironment(
        @JsonPropertyDescription("Hosts and networks a DRILL may connect to: an IP address (10.20.0.5), a CIDR network (10.20.0.0/16)"
                + " or a host name (judged by the addresses it resolves to). Loopback is always included.")
        List<String> hosts,
        @JsonPropertyDescription("AWS profiles whose accounts are drill accounts.") List<String> awsProfiles,
        @JsonPropertyDescription("Azure subscription ids that are drill subscriptions.") List<String> azureSubscriptions,
        @JsonPropertyDescription("Kubernetes contexts whose clusters are drill clusters.") List<String> kubeContexts) {

    public DrillEnvironment {
        hosts = Lists.of(hosts);
        awsProfiles = Lists.of(awsProfiles);
        azureSubscriptions = Lists.of(azureSubscriptions);
        kubeContexts = Lists.of(kubeContexts);
    }

    /** The environment of a plan that declares none: loopback only. */
    public static DrillEnvironment loopbackOnly() {
        return new DrillEnvironment(List.of(), List.of(), List.of(), List.of());
    }
}
