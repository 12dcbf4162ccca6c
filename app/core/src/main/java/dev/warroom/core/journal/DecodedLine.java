package dev.warroom.core.journal;

/**
 * What one journal line turned out to be: an event (whose stored hash may or may not match its bytes),
 * or not an event at all, with the reason in words. The chain fields are always there for an event;
 * the full {@link JournalEvent} only when the line was decoded with its data.
 */
record DecodedLine(RawLine raw, long seq, String type, String prev, String hash, boolean hashMatches,
                   JournalEvent event, boolean unreadableJson, String defect) {

    static DecodedLine event(RawLine raw, long seq, String type, String prev, String hash, boolean hashMatches,
                             JournalEvent event) {
        return new DecodedLine(raw, seq, type, prev, hash, hashMatches, event, false, null);
    }

    static DecodedLine unreadable(RawLine raw, String reason) {
        return new DecodedLine(raw, 0, null, null, null, false, null, true, reason);
    }

    static DecodedLine malformed(RawLine raw, String reason) {
        return new DecodedLine(raw, 0, null, null, null, false, null, false, reason);
    }

    /** The same line, {@code lines} further down the file (decoded as part of a later chunk of it). */
    DecodedLine movedDown(int lines) {
        return new DecodedLine(raw.movedDown(lines), seq, type, prev, hash, hashMatches, event, unreadableJson, defect);
    }

    boolean isEvent() {
        return defect == null;
    }

    /** An event whose stored hash matches its content. */
    boolean isIntactEvent() {
        return defect == null && hashMatches;
    }
}
