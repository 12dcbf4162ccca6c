package dev.warroom.core.report.doc;

/**
 * What every report carries at its top: the journal's final hash and what verifying the journal found when
 * the report was written. {@code words} say it in the report's language ("chain intact, 88 events, sealed at
 * event 88" or what failed and where).
 */
public record JournalCheck(String finalHash, boolean verified, String words) {
}
