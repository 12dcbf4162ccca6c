package dev.warroom.core.sim;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** cache.promote: accepted in a few seconds; the cache replica takes writes 10–30 s after the start. */
final class CachePromote extends SimAction {

    CachePromote(SimContext ctx) {
        super(ctx, "cache.promote");
    }

    @Override
    protected Outcome apply(ActionRequest request, Optional<SimResource> target, Instant t) {
        return Promoting.start(ctx, target.orElseThrow(), t, pick(request, t, "accept", Duration.ofSeconds(2), Duration.ofSeconds(5)),
                pick(request, t, "flip", Duration.ofSeconds(10), Duration.ofSeconds(30)), "a writable primary");
    }

    @Override
    protected Draft draft(ActionRequest request) {
        Resource cache = request.target().orElseThrow();
        String call = switch (cache.kind()) {
            case "azure-redis" -> "az redis server-link delete" + Calls.azureScope(cache)
                    + Calls.flag("--name", primaryName(cache)) + Calls.flag("--linked-server-name", Calls.observed(cache, "name", cache.id()));
            case "aws-elasticache" -> "aws elasticache failover-global-replication-group"
                    + Calls.flag("--global-replication-group-id", cache.details().getOrDefault("globalReplicationGroup",
                            Calls.observed(cache, "replicationGroup", cache.id())))
                    + Calls.flag("--primary-region", cache.observe().get("region"))
                    + Calls.flag("--primary-replication-group-id", Calls.observed(cache, "replicationGroup", cache.id()))
                    + Calls.flag("--profile", cache.observe().get("profile"));
            default -> "redis-cli" + Calls.flag("-h", Calls.observed(cache, "host", cache.id())) + Calls.flag("-p", cache.observe().get("port"))
                    + " REPLICAOF NO ONE";
        };
        return new Draft("Promote cache " + request.targetName() + " so it takes writes", call, Promoting.changes(ctx, cache));
    }

    private String primaryName(Resource cache) {
        synchronized (ctx.state()) {
            return ctx.state().resource(cache.id()).flatMap(SimResource::primary).map(SimResource::name)
                    .orElse(Calls.observed(cache, "name", cache.id()));
        }
    }
}
