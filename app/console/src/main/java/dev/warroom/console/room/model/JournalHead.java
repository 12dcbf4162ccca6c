package dev.warroom.console.room.model;

/**
 * The journal's head as the room last saw it: the hash of the last recorded event and its number.
 * Read from the events the view model receives, never from the journal itself.
 */
public record JournalHead(String hash, long seq) {

    public static final JournalHead NONE = new JournalHead("", 0);

    private static final int LEADING = 8;
    private static final int TRAILING = 4;

    public boolean known() {
        return !hash.isEmpty();
    }

    /** e.g. {@code 3f2a9c1b…77c1}; short enough for the status bar, long enough to compare by eye. */
    public String shortForm() {
        return hash.length() <= LEADING + TRAILING ? hash : hash.substring(0, LEADING) + "…" + hash.substring(hash.length() - TRAILING);
    }
}
