package dev.warroom.core.sim;

import dev.warroom.core.plan.model.Site;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Moving public traffic to another site, shared by DNS, edge, routing-control and deployment actions. */
final class TrafficMoves {

    private TrafficMoves() {
    }

    /** From {@code at} on, users are served by {@code destination}. Call with the state lock held. */
    static void moveAt(SimContext ctx, Site destination, Instant at) {
        ctx.state().serving.replaceFrom(at, destination.id());
    }

    /** What moving to {@code destination} changes, as seen now, with warnings a commander needs. */
    static List<String> changes(SimContext ctx, Optional<Site> destination, String when) {
        List<String> changes = new ArrayList<>();
        synchronized (ctx.state()) {
            Instant now = ctx.clock().now();
            String serving = ctx.reading().serving(now);
            if (destination.isEmpty()) {
                changes.add("no site to move traffic to: every other site is down");
                return changes;
            }
            Site to = destination.get();
            if (to.id().equals(serving)) {
                changes.add("traffic stays on " + to.id() + " (already serving)");
                return changes;
            }
            changes.add("public traffic moves from " + serving + " to " + to.id() + " " + when);
            if (ctx.state().regionDown(to.id(), now).isPresent()) {
                changes.add("warning: " + to.id() + " is down right now; users would get errors");
            } else if (!ctx.reading().canServe(to.id(), now)) {
                changes.add("warning: " + to.id() + " has nothing ready to serve yet (no ready pods or active deployment)");
            }
        }
        return changes;
    }

    static Optional<Site> destination(SimContext ctx, String named) {
        synchronized (ctx.state()) {
            return ctx.sites().destination(named, ctx.clock().now());
        }
    }
}
