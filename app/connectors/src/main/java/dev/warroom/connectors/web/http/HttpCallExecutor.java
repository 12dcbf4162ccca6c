package dev.warroom.connectors.web.http;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.Reaches;
import dev.warroom.connectors.Params;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.Reach;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * http.call: one request to a provider API ({@code method}, {@code url}, optional {@code body}). The
 * credential header comes from the environment variable {@code headerEnv} names, and {@code ${NAME}}
 * placeholders in url and body are filled from the environment; neither value ever appears in a
 * preview, a detail or an output. Succeeds on {@code expectStatus}, else on any 2xx. Thread-safe.
 */
public final class HttpCallExecutor implements ActionExecutor {

    private static final int RESPONSE_EXCERPT = 500;

    private final HttpClient client;
    private final ConnectorSettings settings;

    public HttpCallExecutor(HttpClient client, ConnectorSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    @Override
    public Reach reach(ActionRequest request) {
        String url = request.params().get("url");
        if (url == null) {
            return Reach.LIVE;
        }
        return Reaches.forUrl(Placeholders.unset(url, settings).isEmpty() ? Placeholders.fill(url.strip(), settings) : url.strip());
    }

    @Override
    public Footprint footprint(ActionRequest request) {
        String url = request.params().get("url");
        if (url == null || url.isBlank()) {
            return Footprint.unknown("http.call names no url");
        }
        return Footprint.url(Placeholders.unset(url, settings).isEmpty() ? Placeholders.fill(url.strip(), settings) : url.strip());
    }

    @Override
    public ActionPreview preview(ActionRequest request) {
        Optional<String> problem = Params.missing(request, "method", "url").or(() -> shapeProblem(request));
        if (problem.isPresent()) {
            return Params.cannot(request, problem.get(), reach(request));
        }
        String url = request.params().get("url").strip();
        String header = request.params().get("headerEnv");
        String body = request.params().get("body");
        StringBuilder call = new StringBuilder(method(request) + " " + url);
        if (header != null && !header.isBlank()) {
            call.append("\n  header from $").append(header.strip());
        }
        if (body != null) {
            call.append("\n  body: ").append(body);
        }
        List<String> changes = new ArrayList<>();
        changes.add("whatever " + host(url) + " does on " + method(request) + " " + url);
        List<String> unset = new ArrayList<>(Placeholders.unset(url, settings));
        Placeholders.unset(body, settings).stream().filter(v -> !unset.contains(v)).forEach(unset::add);
        if (!unset.isEmpty()) {
            changes.add("cannot be sent yet: " + String.join(", ", unset) + (unset.size() == 1 ? " is" : " are") + " not set");
        }
        return new ActionPreview("Call " + method(request) + " " + url, call.toString(), changes, reach(request));
    }

    @Override
    public ActionResult execute(ActionRequest request) throws InterruptedException {
        Optional<String> problem = Params.missing(request, "method", "url").or(() -> shapeProblem(request)).or(() -> unsetProblem(request));
        if (problem.isPresent()) {
            return ActionResult.failed(problem.get() + ": the call was not made");
        }
        String written = request.params().get("url").strip();
        URI uri = URI.create(Placeholders.fill(written, settings));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(request.timeout());
        String body = Placeholders.fill(request.params().get("body"), settings);
        if (body != null) {
            String stripped = body.strip();
            builder.header("Content-Type", stripped.startsWith("{") || stripped.startsWith("[") ? "application/json"
                    : "text/plain; charset=utf-8");
        }
        String headerEnv = request.params().get("headerEnv");
        if (headerEnv != null && !headerEnv.isBlank()) {
            HeaderLine header = HeaderLine.parse(settings.get(headerEnv.strip()).orElseThrow());
            try {
                builder.header(header.name(), header.value());
            } catch (IllegalArgumentException e) {
                return ActionResult.failed("the header in $" + headerEnv.strip() + " (" + header.name() + ") cannot be sent: "
                        + "it must be a header line such as 'Authorization: Bearer …' or a bare token; the call was not made");
            }
        }
        builder.method(method(request), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        long started = System.nanoTime();
        try {
            HttpResponse<InputStream> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            String excerpt;
            try (InputStream in = response.body()) {
                excerpt = excerpt(in.readNBytes(RESPONSE_EXCERPT * 4));
            }
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            int status = response.statusCode();
            Map<String, String> outputs = new LinkedHashMap<>();
            outputs.put("status", Integer.toString(status));
            outputs.put("latency", millis + "ms");
            if (!excerpt.isEmpty()) {
                outputs.put("response", excerpt);
            }
            String detail = method(request) + " " + written + " answered " + HttpFailures.status(status) + " in " + millis + "ms";
            String expect = request.params().get("expectStatus");
            boolean met = expect != null && !expect.isBlank() ? Integer.toString(status).equals(expect.strip()) : status / 100 == 2;
            String wanted = expect != null && !expect.isBlank() ? expect.strip() : "a 2xx status";
            return met ? ActionResult.ok(detail, outputs)
                    : new ActionResult(false, detail + ", expected " + wanted + refusedHint(status, headerEnv), outputs);
        } catch (IOException e) {
            return ActionResult.failed(method(request) + " " + written + ": " + HttpFailures.words(uri, request.timeout(), e)
                    + "; the provider may or may not have received it");
        }
    }

    private Optional<String> shapeProblem(ActionRequest request) {
        String method = method(request);
        if (!method.matches("[A-Z]+")) {
            return Optional.of("method must be an HTTP method such as GET or POST, not '" + request.params().get("method") + "'");
        }
        String url = request.params().get("url").strip();
        if (!url.matches("(?i)https?://.+")) {
            return Optional.of("url must start with http:// or https://, not '" + url + "'");
        }
        return Params.statusProblem("expectStatus", request.params().get("expectStatus"));
    }

    private Optional<String> unsetProblem(ActionRequest request) {
        String headerEnv = request.params().get("headerEnv");
        if (headerEnv != null && !headerEnv.isBlank() && settings.get(headerEnv.strip()).isEmpty()) {
            return Optional.of(headerEnv.strip() + " is not set");
        }
        List<String> unset = new ArrayList<>(Placeholders.unset(request.params().get("url"), settings));
        Placeholders.unset(request.params().get("body"), settings).stream().filter(v -> !unset.contains(v)).forEach(unset::add);
        if (!unset.isEmpty()) {
            return Optional.of(String.join(", ", unset) + (unset.size() == 1 ? " is" : " are") + " not set (named in the url or body)");
        }
        try {
            URI uri = URI.create(Placeholders.fill(request.params().get("url").strip(), settings));
            return uri.getHost() == null ? Optional.of("url has no host") : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("url is not a valid URL once filled in: " + e.getMessage());
        }
    }

    private static String refusedHint(int status, String headerEnv) {
        if ((status == 401 || status == 403) && headerEnv != null && !headerEnv.isBlank()) {
            return " — the credential in $" + headerEnv.strip() + " was refused (expired or without permission?)";
        }
        return status == 429 ? " — the provider is throttling; retry later" : "";
    }

    private static String excerpt(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        return text.length() > RESPONSE_EXCERPT ? text.substring(0, RESPONSE_EXCERPT) + "…" : text;
    }

    private static String method(ActionRequest request) {
        return request.param("method", "").strip().toUpperCase(Locale.ROOT);
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
