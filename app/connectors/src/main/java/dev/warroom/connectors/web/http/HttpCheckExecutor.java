package dev.warroom.connectors.web.http;

import dev.warroom.connectors.Reaches;
import dev.warroom.connectors.Params;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Reach;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * http.check: asks an http-health endpoint up to {@code attempts} times, {@code interval} apart, until
 * it answers the expected status ({@code expectStatus}, else the resource's, else 200). Read-only.
 * All attempts together stay within the step's timeout. Thread-safe.
 */
public final class HttpCheckExecutor implements ActionExecutor {

    private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

    private final HttpClient client;
    private final Duration callTimeout;

    public HttpCheckExecutor(HttpClient client, Duration callTimeout) {
        this.client = client;
        this.callTimeout = callTimeout;
    }

    @Override
    public Reach reach(ActionRequest request) {
        return target(request).map(t -> Reaches.forUrl(t.uri().toString())).orElse(Reach.LIVE);
    }

    @Override
    public ActionPreview preview(ActionRequest request) {
        Optional<String> problem = problem(request);
        if (problem.isPresent()) {
            return Params.cannot(request, problem.get(), reach(request));
        }
        HttpTarget target = target(request).orElseThrow();
        int attempts = attempts(request);
        String spacing = attempts > 1 ? ", up to " + attempts + " attempts " + DurationText.format(interval(request)) + " apart" : "";
        return new ActionPreview("Check that " + target.uri() + " answers " + expected(request, target),
                target.method() + " " + target.uri() + spacing,
                List.of("nothing changes: a read-only check"), reach(request));
    }

    @Override
    public ActionResult execute(ActionRequest request) throws InterruptedException {
        Optional<String> problem = problem(request);
        if (problem.isPresent()) {
            return ActionResult.failed(problem.get());
        }
        HttpTarget target = target(request).orElseThrow();
        int attempts = attempts(request);
        int expected = expected(request, target);
        long deadline = System.nanoTime() + request.timeout().toNanos();
        String last = "";
        Map<String, String> outputs = Map.of();
        for (int attempt = 1; attempt <= attempts; attempt++) {
            String tries = attempts > 1 ? " (attempt " + attempt + " of " + attempts + ")" : "";
            long started = System.nanoTime();
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(target.uri()).timeout(callTimeout)
                        .method(target.method(), HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
                long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
                int status = response.statusCode();
                outputs = Map.of("status", Integer.toString(status), "latency", millis + "ms");
                last = target.uri() + " answered " + HttpFailures.status(status) + " in " + millis + "ms";
                if (status == expected) {
                    return ActionResult.ok(last + tries, outputs);
                }
                last += ", expected " + expected;
            } catch (IOException e) {
                last = HttpFailures.words(target.uri(), callTimeout, e) + " (expected " + expected + ")";
            }
            Duration pause = interval(request);
            if (attempt < attempts && System.nanoTime() + pause.toNanos() + callTimeout.toNanos() > deadline) {
                return new ActionResult(false, last + tries + "; no time for another attempt within the step's timeout of "
                        + DurationText.format(request.timeout()), outputs);
            }
            if (attempt < attempts) {
                Thread.sleep(pause.toMillis());
            } else {
                return new ActionResult(false, last + tries, outputs);
            }
        }
        return new ActionResult(false, last, outputs);
    }

    private static Optional<HttpTarget> target(ActionRequest request) {
        try {
            return request.target().isPresent() ? Optional.of(HttpTarget.of(request.target().get())) : Optional.empty();
        } catch (HttpTarget.BadTargetException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> problem(ActionRequest request) {
        if (request.target().isEmpty()) {
            return Optional.of("http.check needs an http-health resource as its target");
        }
        try {
            HttpTarget.of(request.target().get());
        } catch (HttpTarget.BadTargetException e) {
            return Optional.of(e.getMessage());
        }
        String attempts = request.params().get("attempts");
        if (attempts != null && !attempts.strip().matches("[1-9][0-9]?")) {
            return Optional.of("attempts must be a whole number from 1 to 99, not '" + attempts.strip() + "'");
        }
        return Params.statusProblem("expectStatus", request.params().get("expectStatus"))
                .or(() -> Params.durationProblem(request, "interval"));
    }

    private static int attempts(ActionRequest request) {
        return Integer.parseInt(request.param("attempts", "1").strip());
    }

    private static Duration interval(ActionRequest request) {
        return Params.duration(request, "interval", DEFAULT_INTERVAL);
    }

    private static int expected(ActionRequest request, HttpTarget target) {
        String given = request.params().get("expectStatus");
        return given != null && !given.isBlank() ? Integer.parseInt(given.strip()) : target.expectStatus().orElse(200);
    }
}
