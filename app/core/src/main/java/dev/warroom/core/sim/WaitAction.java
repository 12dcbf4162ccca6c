package dev.warroom.core.sim;

import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.ActionRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** wait: sleeps the duration on the incident clock. */
final class WaitAction extends SimAction {

    WaitAction(SimContext ctx) {
        super(ctx, "wait");
    }

    @Override
    protected boolean callsProviderApi() {
        return false;
    }

    @Override
    protected Optional<String> paramProblem(ActionRequest request) {
        String duration = request.params().get("duration");
        return DurationText.parse(duration.strip()).isPresent() ? Optional.empty() : Optional.of("duration: " + DurationText.explain(duration));
    }

    @Override
    protected Outcome apply(ActionRequest request, Optional<SimResource> target, Instant t) {
        Duration duration = duration(request);
        return Outcome.ok(duration, "waited " + DurationText.format(duration), Map.of("waited", DurationText.format(duration)));
    }

    @Override
    protected Draft draft(ActionRequest request) {
        String duration = DurationText.format(duration(request));
        return new Draft("Wait " + duration, "sleep " + duration, List.of("nothing changes; the incident clock moves on " + duration));
    }

    private static Duration duration(ActionRequest request) {
        return DurationText.parse(request.params().get("duration").strip()).orElseThrow();
    }
}
