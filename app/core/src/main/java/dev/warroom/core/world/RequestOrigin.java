package dev.warroom.core.world;

import java.util.Objects;

/**
 * Where in an incident a request comes from. {@code idempotencyKey} names this attempt of the step: a
 * re-send after a crash left the outcome unknown carries the same key (and the same words), so a
 * receiver can recognise the repeat. {@code journalHead} and {@code journalSeq} are the journal's head
 * hash and event number when the attempt first started, so a message can carry an anchor of the journal
 * out of the machine.
 */
public record RequestOrigin(String idempotencyKey, String journalHead, long journalSeq) {

    public RequestOrigin {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(journalHead, "journalHead");
    }
}
