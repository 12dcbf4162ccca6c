package dev.warroom.connectors.azure.redis;

import com.azure.resourcemanager.redis.fluent.RedisManagementClient;
import com.azure.resourcemanager.resources.fluentcore.arm.ResourceId;
import dev.warroom.connectors.azure.AzureAccess;
import dev.warroom.connectors.azure.AzureAction;
import dev.warroom.connectors.azure.AzureAddress;
import dev.warroom.connectors.azure.AzureCalls;
import dev.warroom.connectors.azure.AzureWords;
import dev.warroom.connectors.azure.LongRunningOperation;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.ReplicationRole;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * cache.promote on azure-redis: unlinks the target (a geo-replication secondary) from its primary,
 * which leaves it a standalone cache that takes writes. Azure removes the link on the primary's side
 * ({@code DELETE .../redis/PRIMARY/linkedServers/TARGET}); the primary is found from the target's own
 * link. A cache that is already primary or standalone is left alone.
 */
public final class RedisUnlink extends AzureAction {

    private static final String TYPE = "Microsoft.Cache/redis";

    public RedisUnlink(AzureAccess access) {
        super(access);
    }

    @Override
    public ActionPreview preview(ActionRequest request) {
        Resource cache = target(request);
        AzureAddress at = AzureAddress.describe(cache, access);
        String apiVersion = access.clients(at.subscription()).redis().serviceClient().getApiVersion();
        String call = "DELETE " + access.endpoint() + "/subscriptions/" + at.subscription() + "/resourceGroups/<primary resource group>"
                + "/providers/" + TYPE + "/<primary>/linkedServers/" + at.name() + "?api-version=" + apiVersion
                + "\naz redis server-link delete" + AzureCalls.flag("--resource-group", "<primary resource group>")
                + AzureCalls.flag("--name", "<primary>") + AzureCalls.flag("--linked-server-name", at.name())
                + at.observed("subscription").map(s -> AzureCalls.flag("--subscription", s)).orElse("");
        List<String> changes = List.of(
                "geo-replication between " + at.name() + " and its primary (<primary>, read from " + at.name() + "'s link when it runs) stops",
                at.name() + " becomes a standalone cache that takes writes; writes not yet replicated to it are lost",
                "to replicate again the link must be created anew, which empties the secondary",
                "Azure runs it as a long-running operation; WarRoom follows it for up to " + DurationText.format(request.timeout()));
        return new ActionPreview("Promote cache " + request.targetName() + " by unlinking it from its geo-primary", call, changes, reach(request));
    }

    @Override
    protected ActionResult perform(ActionRequest request, Resource cache, Instant deadline) throws InterruptedException {
        AzureAddress at = AzureAddress.require(cache, access);
        RedisManagementClient redis = access.clients(at.subscription()).redis().serviceClient();
        List<RedisLink> links = RedisLinkProbe.links(redis, at);
        ReplicationRole role = RedisLinkProbe.role(links);
        if (role != ReplicationRole.REPLICA) {
            return ActionResult.ok(at.name() + " is already " + AzureWords.lower(role) + "; it takes writes, nothing to unlink",
                    Map.of("role", AzureWords.lower(role)));
        }
        RedisLink toPrimary = links.stream().filter(RedisLink::otherIsPrimary).findFirst().orElseThrow();
        ResourceId primary = ResourceId.fromString(toPrimary.otherId());
        RedisManagementClient primarySide = access.clients(Optional.ofNullable(primary.subscriptionId()).orElse(at.subscription()))
                .redis().serviceClient();
        LongRunningOperation.Outcome<Void> outcome = LongRunningOperation.follow(
                primarySide.getLinkedServers().beginDelete(primary.resourceGroupName(), primary.name(), at.name()), deadline, access.pollInterval());
        return switch (outcome.status()) {
            case DONE -> ActionResult.ok(at.name() + " is unlinked from " + primary.name() + " and now takes writes as a standalone cache",
                    Map.of("role", "standalone", "formerPrimary", primary.name()));
            case STILL_RUNNING -> ActionResult.failed("unlinking " + at.name() + " from " + primary.name() + " did not finish within "
                    + DurationText.format(request.timeout()) + ": " + outcome.words() + "; it goes on in Azure, watch its link on the board");
            case FAILED -> ActionResult.failed("unlinking " + at.name() + " from " + primary.name() + " failed: " + outcome.words());
        };
    }
}
