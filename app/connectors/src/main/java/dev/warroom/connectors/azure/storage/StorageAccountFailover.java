package dev.warroom.connectors.azure.storage;

import com.azure.core.util.Context;
import com.azure.resourcemanager.storage.fluent.StorageAccountsClient;
import com.azure.resourcemanager.storage.models.FailoverType;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * storage.failover on azure-blob-storage: {@code POST .../storageAccounts/NAME/failover}, followed
 * as the long-running operation it is. Unplanned (Azure's default) makes the secondary the primary
 * and leaves the account locally redundant there, losing writes after the last sync; planned
 * ({@code failoverType: planned}) needs the primary available, loses nothing and swaps the regions.
 * An account whose primary is already in the target's region is left alone.
 */
public final class StorageAccountFailover extends AzureAction {

    private static final String TYPE = "Microsoft.Storage/storageAccounts";

    public StorageAccountFailover(AzureAccess access) {
        super(access);
    }

    static boolean planned(ActionRequest request) {
        String type = request.params().get("failoverType");
        if (type == null || type.isBlank() || type.strip().equalsIgnoreCase("unplanned")) {
            return false;
        }
        if (type.strip().equalsIgnoreCase("planned")) {
            return true;
        }
        throw new AzurePlanProblem("storage.failover's failoverType is '" + type + "': it must be planned or unplanned");
    }

    @Override
    public ActionPreview preview(ActionRequest request) {
        Resource account = target(request);
        AzureAddress at = AzureAddress.describe(account, access);
        boolean planned;
        try {
            planned = planned(request);
        } catch (AzurePlanProblem e) {
            return new ActionPreview("Cannot fail storage account " + request.targetName() + " over: " + e.getMessage(),
                    "(none: the request is incomplete)", List.of(), reach(request));
        }
        String apiVersion = access.clients(at.subscription()).storage().serviceClient().getApiVersion();
        String call = AzureCalls.rest("POST", access, at.path(TYPE, "failover"), apiVersion + (planned ? "&failoverType=Planned" : ""), null)
                + "\naz storage account failover" + AzureCalls.flag("--name", at.name()) + AzureCalls.scope(at)
                + (planned ? " --failover-type Planned" : "") + " --yes";
        List<String> changes = new ArrayList<>();
        changes.add("the account's secondary region" + at.observed("region").map(r -> " (" + r + ")").orElse("")
                + " becomes its primary; the endpoints keep their names and follow it once DNS updates");
        if (planned) {
            changes.add("Azure syncs before it switches: nothing is lost, but the primary region must be available;"
                    + " the old primary becomes the secondary");
        } else {
            changes.add("writes after the account's last sync time are lost (the board shows lastSyncTime)");
            changes.add("the account is left LRS in the new primary region; turning geo-redundancy back on copies the whole account again");
        }
        changes.add("Azure runs it as a long-running operation (often up to an hour); WarRoom follows it for up to "
                + DurationText.format(request.timeout()));
        return new ActionPreview("Fail storage account " + request.targetName() + " over to its secondary region ("
                + (planned ? "planned" : "unplanned") + ")", call, changes, reach(request));
    }

    @Override
    protected ActionResult perform(ActionRequest request, Resource target, Instant deadline) throws InterruptedException {
        boolean planned = planned(request);
        AzureAddress at = AzureAddress.require(target, access);
        StorageAccountsClient accounts = access.clients(at.subscription()).storage().serviceClient().getStorageAccounts();
        StorageAccountState before = StorageAccountState.read(accounts, at);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (at.observed("region").filter(before::primaryIn).isPresent() && !before.failoverInProgress()) {
            return ActionResult.ok(at.name() + "'s primary is already in " + before.primaryLocation() + "; nothing to fail over",
                    Map.of("primaryLocation", before.primaryLocation()));
        }
        if (before.secondaryLocation().isEmpty()) {
            return ActionResult.failed(at.name() + " has no secondary region (" + before.sku() + "): there is nothing to fail over to");
        }
        String to = before.secondaryLocation().orElseThrow();
        String syncWords = before.lastSyncTime().map(AzureWords::at).orElse("unknown");
        LongRunningOperation.Outcome<Void> outcome = LongRunningOperation.follow(
                accounts.beginFailover(at.resourceGroup(), at.name(), planned ? FailoverType.PLANNED : null, Context.NONE),
                deadline, access.pollInterval());
        String kind = planned ? "planned" : "unplanned";
        return switch (outcome.status()) {
            case DONE -> ActionResult.ok(at.name() + " failed over (" + kind + ") from " + before.primaryLocation() + " to " + to
                    + (planned ? "; nothing was lost and " + before.primaryLocation() + " is now its secondary"
                            : "; writes after the last sync (" + syncWords + before.behind(now).map(l -> ", " + AzureWords.lag(l) + " before the start")
                                    .orElse("") + ") are lost and the account is now LRS in " + to),
                    Map.of("primaryLocation", to, "formerPrimary", before.primaryLocation(), "failoverType", kind,
                            "lastSyncTime", syncWords));
            case STILL_RUNNING -> ActionResult.failed("the failover of " + at.name() + " to " + to + " did not finish within "
                    + DurationText.format(request.timeout()) + ": " + outcome.words()
                    + "; it goes on in Azure, watch primaryLocation on the board");
            case FAILED -> ActionResult.failed("the failover of " + at.name() + " to " + to + " failed: " + outcome.words());
        };
    }
}
