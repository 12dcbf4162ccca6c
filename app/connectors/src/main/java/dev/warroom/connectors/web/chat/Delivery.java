package dev.warroom.connectors.web.chat;

import java.time.Duration;
import java.util.Optional;

/** How one try to post to a webhook went, in words that never contain the webhook's URL. */
public record Delivery(Kind kind, String words, Optional<Duration> retryAfter) {

    public enum Kind {
        /** The chat service accepted the message. */
        DELIVERED,
        /** Not now (network down, timeout, 5xx, throttled): worth trying again. */
        RETRY,
        /** The chat service refused the message for good (revoked webhook, bad payload): trying again will not help. */
        REJECTED
    }

    public static Delivery delivered(String words) {
        return new Delivery(Kind.DELIVERED, words, Optional.empty());
    }

    public static Delivery retry(String words) {
        return new Delivery(Kind.RETRY, words, Optional.empty());
    }

    public static Delivery rejected(String words) {
        return new Delivery(Kind.REJECTED, words, Optional.empty());
    }
}
