package dev.warroom.core.sim;

import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ReplicationRole;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Promotion of a replica (database or cache): checks, stops replication, schedules the role flip. */
final class Promoting {

    private Promoting() {
    }

    static Outcome start(SimContext ctx, SimResource r, Instant t, Duration accept, Duration flip, String becomes) {
        Optional<Promotion> earlier = r.promotion().filter(p -> p.inProgressAt(t));
        if (earlier.isPresent()) {
            return Outcome.failed(Duration.ofSeconds(2), r.id() + " is already being promoted (since " + Words.at(earlier.get().startedAt()) + ")");
        }
        ReplicationRole role = r.role.at(t);
        if (role != ReplicationRole.REPLICA) {
            return Outcome.failed(Duration.ofSeconds(2), r.id() + " is not a replica (it is " + role.name().toLowerCase(Locale.ROOT)
                    + "): there is nothing to promote");
        }
        if (ctx.state().fault(FaultKind.RESOURCE_DOWN, r, t).isPresent()) {
            return Outcome.failed(Duration.ofSeconds(5), ProviderWords.unavailable(r) + ": it cannot be promoted until it is back");
        }
        Duration lag = ctx.reading().lag(r, t).orElse(Duration.ZERO);
        r.promote(new Promotion(t, t.plus(flip)));
        r.role.replaceFrom(t.plus(flip), ReplicationRole.PRIMARY);
        return Outcome.ok(accept, "the provider accepted the promotion of " + r.name() + "; replication has stopped and it becomes "
                + becomes + " in a minute or two; writes not yet replicated (about " + Words.lag(lag) + ") are lost",
                Map.of("lagAtStart", Words.lag(lag), "startedAt", Words.at(t)));
    }

    static List<String> changes(SimContext ctx, Resource target) {
        List<String> changes = new ArrayList<>();
        synchronized (ctx.state()) {
            Instant now = ctx.clock().now();
            ctx.state().resource(target.id()).ifPresent(r -> {
                String source = r.primary().map(SimResource::id).orElse("its primary");
                changes.add(target.id() + " stops replicating from " + source + " and accepts writes as a primary");
                ctx.reading().lag(r, now).ifPresent(lag ->
                        changes.add("writes not yet replicated are lost: the current lag is " + Words.lag(lag)));
                changes.add("this cannot be undone: going back means rebuilding " + source + " as a replica");
            });
        }
        return changes;
    }
}
