package dev.warroom.connectors.azure;

import com.azure.core.http.HttpPipeline;
import com.azure.core.http.policy.FixedDelayOptions;
import com.azure.core.http.policy.HttpLogDetailLevel;
import com.azure.core.http.policy.HttpLogOptions;
import com.azure.core.http.policy.RetryOptions;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.core.util.Configuration;
import com.azure.resourcemanager.resources.fluentcore.utils.HttpPipelineProvider;
import dev.warroom.connectors.Reaches;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Reach;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The connector's one authenticated HTTP pipeline to Azure Resource Manager, the SDK managers per
 * subscription, and the answers every probe and action needs: which subscription a resource is in,
 * and what a call would reach. The pipeline does not retry: the state board polls again on its own
 * schedule, and an action's failure goes back to the commander with Azure's words. Thread-safe.
 */
public final class AzureAccess {

    private final AzureOptions options;
    private final AzureEnvironment environment;
    private final HttpPipeline pipeline;
    private final Map<String, AzureClients> clients = new ConcurrentHashMap<>();
    private final ArmRest rest;

    public AzureAccess(AzureOptions options) {
        this.options = options;
        this.environment = options.environment();
        String scope = AzureOptions.normal(AzureEnvironment.AZURE.getResourceManagerEndpoint()) + "/.default";
        RetryPolicy noRetries = new RetryPolicy(new RetryOptions(new FixedDelayOptions(0, Duration.ofMillis(1))));
        this.pipeline = HttpPipelineProvider.buildHttpPipeline(options.credential(), new AzureProfile(null, null, environment),
                new String[] {scope}, new HttpLogOptions().setLogLevel(HttpLogDetailLevel.NONE), Configuration.getGlobalConfiguration(),
                noRetries, List.of(), options.httpClient());
        this.rest = new ArmRest(pipeline, endpoint());
    }

    public AzureClients clients(String subscription) {
        return clients.computeIfAbsent(subscription, id -> new AzureClients(pipeline, new AzureProfile(null, id, environment)));
    }

    /** Generic Resource Manager calls for APIs the SDK modules here do not cover (Resource Health, Azure Monitor). */
    public ArmRest rest() {
        return rest;
    }

    /** The subscription named by the plan, else the connector's default; none is an {@link AzurePlanProblem}. */
    public String subscriptionFor(Resource resource) {
        return defaultSubscriptionFor(resource).orElseThrow(() -> new AzurePlanProblem("no Azure subscription for resource '"
                + resource.id() + "': add observe.subscription to the plan, set AZURE_SUBSCRIPTION_ID, or choose one with az account set"));
    }

    public Optional<String> defaultSubscriptionFor(Resource resource) {
        return AzureAddress.observed(resource, "subscription").or(options::defaultSubscription);
    }

    /** The Resource Manager endpoint without a trailing slash, e.g. {@code https://management.azure.com}. */
    public String endpoint() {
        return AzureOptions.normal(environment.getResourceManagerEndpoint());
    }

    /** Loopback (the local lab, a test stand-in) is a drill environment; Azure itself is live. */
    public Reach reach() {
        return Reaches.forUrl(endpoint());
    }

    public Duration pollInterval() {
        return options.pollInterval();
    }

    public String identity() {
        return options.credentialWords();
    }
}
