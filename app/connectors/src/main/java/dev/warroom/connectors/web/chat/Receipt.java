package dev.warroom.connectors.web.chat;

import java.time.Instant;

/** What the outbox can say about a message right after it was handed over. */
public record Receipt(Status status, String words, Instant at) {

    public enum Status {
        /** The chat service accepted it. */
        DELIVERED,
        /** Not delivered yet; the outbox keeps trying and will report its fate to its listeners. */
        QUEUED,
        /** Refused for good; nothing more will happen to it. */
        REJECTED
    }
}
