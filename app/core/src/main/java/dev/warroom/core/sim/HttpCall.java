package dev.warroom.core.sim;

import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** http.call: the simulated provider answers 200; no request leaves the machine. */
final class HttpCall extends SimAction {

    private static final int SIMULATED_STATUS = 200;

    HttpCall(SimContext ctx) {
        super(ctx, "http.call");
    }

    @Override
    protected boolean callsProviderApi() {
        return false;
    }

    @Override
    protected boolean needsTarget() {
        return false;
    }

    @Override
    protected Optional<String> paramProblem(ActionRequest request) {
        String expect = request.params().get("expectStatus");
        if (expect != null && !expect.strip().matches("[1-5][0-9][0-9]")) {
            return Optional.of("expectStatus must be an HTTP status such as 200, not '" + expect + "'");
        }
        return Optional.empty();
    }

    @Override
    protected Outcome apply(ActionRequest request, Optional<SimResource> target, Instant t) {
        String line = method(request) + " " + request.params().get("url");
        Duration took = pick(request, t, "call", Duration.ofMillis(200), Duration.ofSeconds(2));
        String expected = request.param("expectStatus", Integer.toString(SIMULATED_STATUS)).strip();
        String detail = line + " answered " + SIMULATED_STATUS + " (simulated: no request was sent)";
        Map<String, String> outputs = Map.of("status", Integer.toString(SIMULATED_STATUS));
        return expected.equals(Integer.toString(SIMULATED_STATUS))
                ? Outcome.ok(took, detail, outputs)
                : new Outcome(new ActionResult(false, detail + ", expected " + expected, outputs), took);
    }

    @Override
    protected Draft draft(ActionRequest request) {
        String url = request.params().get("url");
        String header = request.params().get("headerEnv");
        String body = request.params().get("body");
        String call = "curl -sS -X " + method(request) + " " + Calls.quoted(url) + (header == null ? "" : " -H \"$" + header + "\"")
                + (body == null ? "" : " --data " + Calls.quoted(body));
        return new Draft("Call " + method(request) + " " + url, call,
                List.of("whatever " + url + " does on " + method(request) + (header == null ? "" : "; the header comes from $" + header)));
    }

    private static String method(ActionRequest request) {
        return request.params().get("method").strip().toUpperCase(Locale.ROOT);
    }
}
