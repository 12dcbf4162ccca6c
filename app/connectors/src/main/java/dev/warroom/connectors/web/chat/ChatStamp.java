package dev.warroom.connectors.web.chat;

import dev.warroom.core.world.RequestOrigin;
import java.util.Optional;

/**
 * The last line of every chat message a step sends: its idempotency key, by which the receiver (or a
 * reader) recognises a re-send after a crash, and the journal's head when the step started, so a copy
 * of the journal's anchor exists outside the machine. A re-send carries the same line as the lost
 * attempt: the same key never comes with different words.
 */
public final class ChatStamp {

    private ChatStamp() {
    }

    /** The text with the stamp appended, or the text as it is when the request has no origin. */
    public static String stamped(String text, Optional<RequestOrigin> origin) {
        return origin.map(o -> text + "\n\n" + line(o)).orElse(text);
    }

    /** e.g. {@code [wr-3f2a9c1b7d4e5a60] journal head 3f2a…(64 hex digits) (event 42)} */
    public static String line(RequestOrigin origin) {
        return "[" + origin.idempotencyKey() + "] journal head " + origin.journalHead() + " (event " + origin.journalSeq() + ")";
    }
}
