package dev.warroom.connectors.web.chat;

import java.net.URI;
import java.time.Duration;

/** Posts one JSON payload to one incoming webhook. Implementations are thread-safe. */
public interface WebhookSender {

    /** {@code idempotencyKey}: sent as the {@code Idempotency-Key} header when not empty. */
    Delivery post(URI webhook, String json, String idempotencyKey, Duration timeout) throws InterruptedException;
}
