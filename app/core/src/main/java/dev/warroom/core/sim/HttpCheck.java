package dev.warroom.core.sim;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * http.check: asks the endpoint up to {@code attempts} times, {@code interval} apart, until it answers
 * the expected status. What it answers follows the endpoint's site and, for a global endpoint, the
 * site serving the traffic.
 */
final class HttpCheck extends SimAction {

    private static final Duration NO_ANSWER = Duration.ofSeconds(10);
    private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

    HttpCheck(SimContext ctx) {
        super(ctx, "http.check");
    }

    @Override
    protected boolean callsProviderApi() {
        return false;
    }

    @Override
    protected Optional<String> paramProblem(ActionRequest request) {
        String expect = request.params().get("expectStatus");
        if (expect != null && !expect.strip().matches("[1-5][0-9][0-9]")) {
            return Optional.of("expectStatus must be an HTTP status such as 200, not '" + expect + "'");
        }
        String attempts = request.params().get("attempts");
        if (attempts != null && !attempts.strip().matches("[1-9][0-9]?")) {
            return Optional.of("attempts must be a whole number from 1 to 99, not '" + attempts + "'");
        }
        String interval = request.params().get("interval");
        if (interval != null && Details.durationText(interval).isEmpty()) {
            return Optional.of("interval: " + DurationText.explain(interval));
        }
        return Optional.empty();
    }

    @Override
    public ActionResult execute(ActionRequest request) throws InterruptedException {
        int attempts = Integer.parseInt(request.param("attempts", "1").strip());
        Duration interval = Optional.ofNullable(request.params().get("interval")).flatMap(Details::durationText).orElse(DEFAULT_INTERVAL);
        for (int attempt = 1; ; attempt++) {
            Outcome outcome = attempt(request, ctx.clock().now());
            ctx.clock().sleep(outcome.providerTime());
            boolean requestRejected = outcome.providerTime().isZero();
            if (outcome.result().succeeded() || attempt >= attempts || requestRejected) {
                String tries = attempts > 1 ? " (attempt " + attempt + " of " + attempts + ")" : "";
                return new ActionResult(outcome.result().succeeded(), outcome.result().detail() + tries, outcome.result().outputs());
            }
            ctx.clock().sleep(interval);
        }
    }

    @Override
    protected Outcome apply(ActionRequest request, Optional<SimResource> target, Instant t) {
        SimResource endpoint = target.orElseThrow();
        int expected = expected(request);
        int status = ctx.reading().httpStatus(endpoint, t);
        String url = Calls.observed(endpoint.resource, "url", endpoint.id());
        if (status == 0) {
            return Outcome.failed(NO_ANSWER, "no answer from " + url + " within " + DurationText.format(NO_ANSWER) + " (expected " + expected + ")");
        }
        Duration latency = ctx.reading().latency(endpoint, t);
        String detail = url + " answered " + status + " in " + latency.toMillis() + "ms";
        return status == expected
                ? Outcome.ok(latency, detail, Map.of("status", Integer.toString(status)))
                : new Outcome(new ActionResult(false, detail + ", expected " + expected, Map.of("status", Integer.toString(status))), latency);
    }

    @Override
    protected Draft draft(ActionRequest request) {
        Resource endpoint = request.target().orElseThrow();
        String url = Calls.observed(endpoint, "url", endpoint.id());
        String method = Calls.observed(endpoint, "method", "GET");
        return new Draft("Check that " + url + " answers " + expected(request),
                "curl -sS -o /dev/null -w '%{http_code}' -X " + method + " " + Calls.quoted(url),
                List.of("nothing changes: a read-only check (up to " + request.param("attempts", "1").strip() + " attempts)"));
    }

    private static int expected(ActionRequest request) {
        String fromTarget = request.target().map(r -> r.observe().get("expectStatus")).orElse(null);
        return Integer.parseInt(request.param("expectStatus", fromTarget != null && fromTarget.strip().matches("[1-5][0-9][0-9]")
                ? fromTarget.strip() : "200").strip());
    }
}
