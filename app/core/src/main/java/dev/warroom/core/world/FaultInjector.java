package dev.warroom.core.world;

import dev.warroom.core.plan.model.Fault;
import dev.warroom.core.plan.model.Plan;

/**
 * Brings a scenario's fault about in a drill environment, as a facilitator would (stopping a
 * loopback server, say). Only DRILL incidents ask; a fault that cannot be brought about here is
 * answered with what the facilitator must do by hand.
 */
public interface FaultInjector {

    Injection inject(Fault fault, Plan plan) throws InterruptedException;
}
