package dev.warroom.connectors.web.chat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** What finally became of a message that was queued: delivered later, refused, given up, or left behind at shutdown. */
public record ChatFate(ChatMessage message, Outcome outcome, Instant at, int tries, String detail) {

    public enum Outcome {
        DELIVERED,
        REJECTED,
        GAVE_UP,
        ABANDONED
    }

    public boolean delivered() {
        return outcome == Outcome.DELIVERED;
    }

    /** One line for the journal. */
    public String words() {
        Instant when = at.truncatedTo(ChronoUnit.MILLIS);
        String head = "chat message " + message.id() + " to " + message.channelWords() + " (\"" + message.excerpt() + "\")";
        String attempts = tries + (tries == 1 ? " try" : " tries");
        return switch (outcome) {
            case DELIVERED -> head + ": delivered at " + when + " after " + attempts + " (" + detail + ")";
            case REJECTED -> head + ": NOT delivered — the chat service refused it after " + attempts + ": " + detail;
            case GAVE_UP -> head + ": NOT delivered — gave up after " + attempts + "; last: " + detail;
            case ABANDONED -> head + ": NOT delivered — WarRoom stopped while it was still queued (" + attempts
                    + (detail.isEmpty() ? "" : "; last: " + detail) + ")";
        };
    }
}
