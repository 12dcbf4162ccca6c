package dev.warroom.connectors.web.chat;

import dev.warroom.connectors.web.http.HttpFailures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Posts to Slack and Teams incoming webhooks over HTTP. 2xx is delivered, except a Teams connector's
 * "Webhook message delivery failed" answer, which it sends with 200; 408, 429 and 5xx are worth
 * retrying (honouring Retry-After); any other status is a refusal. A message's idempotency key goes in
 * the {@code Idempotency-Key} header of every try. Thread-safe.
 */
public final class HttpWebhookSender implements WebhookSender {

    /** The header a re-send repeats unchanged, so a receiver can drop the repeat. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int BODY_EXCERPT = 200;
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofMinutes(10);

    private final HttpClient client;

    public HttpWebhookSender(HttpClient client) {
        this.client = client;
    }

    @Override
    public Delivery post(URI webhook, String json, String idempotencyKey, Duration timeout) throws InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(webhook).timeout(timeout).header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (!idempotencyKey.isBlank()) {
            builder.header(IDEMPOTENCY_KEY, idempotencyKey);
        }
        HttpRequest request = builder.build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Delivery.retry(hide(HttpFailures.words(webhook, timeout, e), webhook));
        }
        int status = response.statusCode();
        String body = hide(excerpt(response.body()), webhook);
        String said = "HTTP " + HttpFailures.status(status) + (body.isEmpty() ? "" : " (" + body + ")");
        if (status / 100 == 2) {
            if (body.toLowerCase(Locale.ROOT).startsWith("webhook message delivery failed")) {
                return body.contains("429") ? Delivery.retry(said) : Delivery.rejected(said);
            }
            return Delivery.delivered("HTTP " + HttpFailures.status(status));
        }
        if (status == 408 || status == 429 || status / 100 == 5) {
            return new Delivery(Delivery.Kind.RETRY, said, retryAfter(response));
        }
        return Delivery.rejected(said);
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").filter(v -> v.strip().matches("[0-9]{1,6}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v.strip())))
                .map(d -> d.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : d);
    }

    private static String excerpt(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return flat.length() > BODY_EXCERPT ? flat.substring(0, BODY_EXCERPT) + "…" : flat;
    }

    /** Whatever a server or an exception says, the webhook's path (its token) is not repeated. */
    private static String hide(String words, URI webhook) {
        String path = webhook.getRawPath();
        String out = words.replace(webhook.toString(), "the webhook");
        return path == null || path.length() < 2 ? out : out.replace(path, "/…");
    }
}
