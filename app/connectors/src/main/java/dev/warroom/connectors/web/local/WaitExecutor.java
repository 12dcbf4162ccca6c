package dev.warroom.connectors.web.local;

import dev.warroom.connectors.Params;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.Reach;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** wait: sleeps the duration in real time (e.g. for a DNS TTL to run out). Touches nothing. Thread-safe. */
public final class WaitExecutor implements ActionExecutor {

    @Override
    public Reach reach(ActionRequest request) {
        return Reach.DRILL_ENVIRONMENT;
    }

    @Override
    public Footprint footprint(ActionRequest request) {
        return Footprint.none();
    }

    @Override
    public ActionPreview preview(ActionRequest request) {
        Optional<String> problem = problem(request);
        if (problem.isPresent()) {
            return Params.cannot(request, problem.get(), Reach.DRILL_ENVIRONMENT);
        }
        String duration = DurationText.format(duration(request));
        return new ActionPreview("Wait " + duration, "sleep " + duration, List.of("nothing changes; WarRoom waits " + duration),
                Reach.DRILL_ENVIRONMENT);
    }

    @Override
    public ActionResult execute(ActionRequest request) throws InterruptedException {
        Optional<String> problem = problem(request);
        if (problem.isPresent()) {
            return ActionResult.failed(problem.get());
        }
        Duration duration = duration(request);
        if (duration.compareTo(request.timeout()) > 0) {
            return ActionResult.failed("the wait of " + DurationText.format(duration) + " is longer than the step's timeout of "
                    + DurationText.format(request.timeout()) + "; raise the timeout");
        }
        Thread.sleep(duration.toMillis());
        return ActionResult.ok("waited " + DurationText.format(duration), java.util.Map.of("waited", DurationText.format(duration)));
    }

    private static Optional<String> problem(ActionRequest request) {
        return Params.missing(request, "duration").or(() -> Params.durationProblem(request, "duration"));
    }

    private static Duration duration(ActionRequest request) {
        return Params.duration(request, "duration", Duration.ZERO);
    }
}
