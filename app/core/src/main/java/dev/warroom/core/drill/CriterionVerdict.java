package dev.warroom.core.drill;

import java.time.Instant;

/**
 * A success criterion's verdict as journalled.
 *
 * @param measured what was measured, in words ("4m 12s"; "" for a custom criterion)
 * @param target   the drill's own bound in words ("5m"; "" for a custom criterion)
 * @param evidence where the measure comes from (the journal events it was read from) or what the person said
 * @param actor    who gave the verdict: "journal" when measured, else the facilitator's name
 */
public record CriterionVerdict(String criterion, Verdict verdict, String measured, String target, String evidence, String actor,
        Instant at) {
}
