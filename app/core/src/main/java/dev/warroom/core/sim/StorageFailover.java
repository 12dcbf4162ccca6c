package dev.warroom.core.sim;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ReplicationRole;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * storage.failover: the target is the account's geo-secondary; it becomes the primary 1–3 minutes
 * after the start. Unplanned (the default, as in Azure): writes since the last sync are lost and the
 * account is left locally redundant in the new primary region. Planned: needs the primary available,
 * loses nothing, and the old primary region becomes the secondary.
 */
final class StorageFailover extends SimAction {

    static final String PLANNED = "planned";
    static final String UNPLANNED = "unplanned";

    StorageFailover(SimContext ctx) {
        super(ctx, "storage.failover");
    }

    static boolean planned(ActionRequest request) {
        return PLANNED.equals(type(request));
    }

    private static String type(ActionRequest request) {
        String value = request.params().get("failoverType");
        return value == null || value.isBlank() ? UNPLANNED : value.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    protected Optional<String> paramProblem(ActionRequest request) {
        String type = type(request);
        if (!type.equals(PLANNED) && !type.equals(UNPLANNED)) {
            return Optional.of("storage.failover's failoverType is '" + request.params().get("failoverType")
                    + "': it must be planned or unplanned");
        }
        return Optional.empty();
    }

    @Override
    protected Outcome apply(ActionRequest request, Optional<SimResource> target, Instant t) {
        SimResource secondary = target.orElseThrow();
        Optional<Promotion> earlier = secondary.promotion().filter(p -> p.inProgressAt(t));
        if (earlier.isPresent()) {
            return Outcome.failed(Duration.ofSeconds(2), "a failover of " + secondary.name() + " is already in progress (since "
                    + Words.at(earlier.get().startedAt()) + ")");
        }
        if (secondary.role.at(t) != ReplicationRole.REPLICA || secondary.primary().isEmpty()) {
            return Outcome.failed(Duration.ofSeconds(2), secondary.id() + " is not the account's geo-secondary (it is "
                    + secondary.role.at(t).name().toLowerCase(Locale.ROOT) + "): fail over by targeting the secondary region's resource");
        }
        SimResource primary = secondary.primary().orElseThrow();
        boolean planned = planned(request);
        if (planned && ctx.state().outage(primary, t).isPresent()) {
            return Outcome.failed(Duration.ofSeconds(3), "a planned failover needs the primary region available, and "
                    + StorageAccountWords.region(primary) + " is Unavailable: use failoverType: unplanned");
        }
        Duration lag = ctx.reading().lag(secondary, t).orElse(Duration.ZERO);
        Duration flip = pick(request, t, "flip", Duration.ofSeconds(60), Duration.ofSeconds(180));
        secondary.promote(new Promotion(t, t.plus(flip)));
        secondary.role.replaceFrom(t.plus(flip), ReplicationRole.PRIMARY);
        primary.role.replaceFrom(t.plus(flip), planned ? ReplicationRole.REPLICA : ReplicationRole.NONE);
        String lost = planned ? "no writes are lost (Azure syncs before it switches)"
                : "writes after the last sync (about " + Words.lag(lag) + " ago) are lost and the account is LRS in "
                + StorageAccountWords.region(secondary) + " until geo-redundancy is turned on again";
        return Outcome.ok(pick(request, t, "accept", Duration.ofSeconds(2), Duration.ofSeconds(5)),
                "Azure accepted the " + (planned ? PLANNED : UNPLANNED) + " failover of " + secondary.name() + " to "
                        + StorageAccountWords.region(secondary) + "; it becomes the primary in a few minutes; " + lost,
                Map.of("failoverType", planned ? PLANNED : UNPLANNED, "lastSyncLag", Words.lag(lag), "startedAt", Words.at(t)));
    }

    @Override
    protected Draft draft(ActionRequest request) {
        Resource account = request.target().orElseThrow();
        boolean planned = planned(request);
        String call = "az storage account failover" + Calls.flag("--name", Calls.observed(account, "name", account.id()))
                + Calls.azureScope(account) + (planned ? " --failover-type Planned" : "") + " --yes";
        List<String> changes = new ArrayList<>();
        synchronized (ctx.state()) {
            Instant now = ctx.clock().now();
            ctx.state().resource(account.id()).ifPresent(r -> {
                String from = r.primary().map(StorageAccountWords::region).orElse("the primary region");
                changes.add("the account's primary moves from " + from + " to " + StorageAccountWords.region(r)
                        + "; its endpoints keep their names and point at the new primary once DNS updates");
                if (planned) {
                    changes.add(from + " becomes the secondary; nothing is lost, but the primary must be available");
                } else {
                    ctx.reading().lag(r, now).ifPresent(lag -> changes.add("writes after the last sync are lost: the last sync was "
                            + Words.lag(lag) + " ago"));
                    changes.add("the account is left LRS (no geo-redundancy) in " + StorageAccountWords.region(r)
                            + "; turning GRS back on copies the whole account again");
                }
            });
        }
        return new Draft("Fail storage account " + request.targetName() + " over to its secondary region ("
                + (planned ? PLANNED : UNPLANNED) + ")", call, changes);
    }
}
