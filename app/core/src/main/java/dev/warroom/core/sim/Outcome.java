package dev.warroom.core.sim;

import dev.warroom.core.world.ActionResult;
import java.time.Duration;
import java.util.Map;

/** What a simulated call returns and how long the provider takes to return it. */
record Outcome(ActionResult result, Duration providerTime) {

    static Outcome ok(Duration providerTime, String detail, Map<String, String> outputs) {
        return new Outcome(ActionResult.ok(detail, outputs), providerTime);
    }

    static Outcome failed(Duration providerTime, String detail) {
        return new Outcome(ActionResult.failed(detail), providerTime);
    }
}
