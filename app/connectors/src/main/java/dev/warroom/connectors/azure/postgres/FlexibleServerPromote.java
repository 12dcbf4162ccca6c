package dev.warroom.connectors.azure.postgres;

import com.azure.core.management.polling.PollResult;
import com.azure.core.util.polling.SyncPoller;
import com.azure.resourcemanager.postgresqlflexibleserver.fluent.ServersClient;
import com.azure.resourcemanager.postgresqlflexibleserver.fluent.models.ServerInner;
import com.azure.resourcemanager.postgresqlflexibleserver.models.ReadReplicaPromoteMode;
import com.azure.resourcemanager.postgresqlflexibleserver.models.Replica;
import com.azure.resourcemanager.postgresqlflexibleserver.models.ReplicationPromoteOption;
import com.azure.resourcemanager.postgresqlflexibleserver.models.ServerForUpdate;
import dev.warroom.connectors.azure.AzureAccess;
import dev.warroom.connectors.azure.AzureAction;
import dev.warroom.connectors.azure.AzureAddress;
import dev.warroom.connectors.azure.AzureCalls;
import dev.warroom.connectors.azure.AzurePlanProblem;
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
import java.util.Locale;
import java.util.Map;

/**
 * database.promote on azure-postgres-flexible: promotes a read replica to a standalone server
 * (PATCH with {@code replica.promoteMode = standalone}), forced by default since the primary is
 * usually the thing that is lost; {@code mode: planned} waits for the replica to catch up first.
 * Follows Azure's long-running operation until the step's timeout.
 */
public final class FlexibleServerPromote extends AzureAction {

    public FlexibleServerPromote(AzureAccess access) {
        super(access);
    }

    @Override
    public ActionPreview preview(ActionRequest request) {
        Resource db = target(request);
        AzureAddress at = AzureAddress.describe(db, access);
        String summary = "Promote " + request.targetName() + " to a standalone, writable primary";
        ReplicationPromoteOption option;
        try {
            option = option(request.param("mode", "forced"));
        } catch (AzurePlanProblem e) {
            return new ActionPreview(summary, "(refused) " + e.getMessage(), List.of("nothing: " + e.getMessage()), reach(request));
        }
        String apiVersion = access.clients(at.subscription()).postgres().serviceClient().getApiVersion();
        String call = AzureCalls.rest("PATCH", access, at.path(FlexibleServerProbe.TYPE), apiVersion, AzureCalls.json(body(option)))
                + "\naz postgres flexible-server replica promote" + AzureCalls.scope(at) + AzureCalls.flag("--name", at.name())
                + " --promote-mode standalone --promote-option " + option;
        List<String> changes = List.of(
                at.name() + " stops replicating and becomes a standalone server that takes writes",
                option.equals(ReplicationPromoteOption.FORCED)
                        ? "forced: it does not wait for the primary, so changes not yet replayed on " + at.name() + " are lost (the replica's lag)"
                        : "planned: Azure first waits for " + at.name() + " to catch up with its primary",
                "the replication link is gone for good: a new replica has to be created afterwards",
                "Azure runs it as a long-running operation; WarRoom follows it for up to " + DurationText.format(request.timeout()));
        return new ActionPreview(summary, call, changes, reach(request));
    }

    @Override
    protected ActionResult perform(ActionRequest request, Resource db, Instant deadline) throws InterruptedException {
        ReplicationPromoteOption option = option(request.param("mode", "forced"));
        AzureAddress at = AzureAddress.require(db, access);
        ServersClient servers = access.clients(at.subscription()).postgres().serviceClient().getServers();
        ServerInner before = servers.getByResourceGroup(at.resourceGroup(), at.name());
        ReplicationRole was = FlexibleServerRoles.role(before);
        if (was != ReplicationRole.REPLICA) {
            return ActionResult.ok(at.name() + " is already " + AzureWords.lower(was) + " (" + FlexibleServerRoles.azureRole(before)
                    + "); nothing to promote", Map.of("role", AzureWords.lower(was)));
        }
        SyncPoller<PollResult<ServerInner>, ServerInner> poller = servers.beginUpdate(at.resourceGroup(), at.name(), body(option));
        LongRunningOperation.Outcome<ServerInner> outcome = LongRunningOperation.follow(poller, deadline, access.pollInterval());
        return switch (outcome.status()) {
            case DONE -> {
                ServerInner after = outcome.result().orElseGet(() -> servers.getByResourceGroup(at.resourceGroup(), at.name()));
                String role = AzureWords.lower(FlexibleServerRoles.role(after));
                yield ActionResult.ok(at.name() + " promoted (" + option + "): now " + role + " (" + FlexibleServerRoles.azureRole(after)
                        + "), state " + after.state(), Map.of("role", role, "previousRole", FlexibleServerRoles.azureRole(before),
                        "state", String.valueOf(after.state()), "promoteOption", option.toString()));
            }
            case STILL_RUNNING -> ActionResult.failed("the promotion of " + at.name() + " did not finish within "
                    + DurationText.format(request.timeout()) + ": " + outcome.words() + "; it goes on in Azure, watch its role on the board");
            case FAILED -> ActionResult.failed("the promotion of " + at.name() + " failed: " + outcome.words());
        };
    }

    static ServerForUpdate body(ReplicationPromoteOption option) {
        return new ServerForUpdate().withReplica(new Replica().withPromoteMode(ReadReplicaPromoteMode.STANDALONE).withPromoteOption(option));
    }

    private static ReplicationPromoteOption option(String mode) {
        return switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "forced", "force" -> ReplicationPromoteOption.FORCED;
            case "planned" -> ReplicationPromoteOption.PLANNED;
            default -> throw new AzurePlanProblem("database.promote mode '" + mode + "' is not one Azure knows: use forced or planned");
        };
    }
}
