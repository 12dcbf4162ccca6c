package dev.warroom.connectors.web.chat;

import java.net.URI;
import java.time.Duration;

/** Posts one JSON payload to one incoming webhook. Implementations are thread-safe. */
public interface WebhookSender {

    Delivery post(URI webhook, String json, Duration timeout) throws InterruptedException;
}
