package dev.warroom.connectors.web.chat;

import java.net.URI;
import java.time.Instant;

/**
 * One message for one webhook. {@code webhook} carries a token: it is used to send and never shown
 * ({@link #toString()} leaves it out). {@code channelWords} names the channel for people, e.g.
 * "Slack channel lab-chat (#drills)". {@code idempotencyKey} (empty when none) is sent as the
 * {@code Idempotency-Key} header on every try, so the receiver can recognise a repeat.
 */
public record ChatMessage(String id, String channelId, String channelWords, URI webhook, String payload, String text, Instant composedAt,
        String idempotencyKey) {

    public ChatMessage {
        idempotencyKey = idempotencyKey == null ? "" : idempotencyKey;
    }

    private static final int EXCERPT = 60;

    /** The start of the text, to recognise the message by in the journal. */
    public String excerpt() {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > EXCERPT ? flat.substring(0, EXCERPT) + "…" : flat;
    }

    @Override
    public String toString() {
        return "ChatMessage[" + id + " to " + channelWords + ": " + excerpt() + "]";
    }
}
