package dev.warroom.console.room.inject;

/** Style classes of the inject cards, defined in themes/timeline.css. */
final class InjectStyles {
    static final String CARDS = "wr-inject-cards";
    static final String CARD = "wr-inject-card";
    /** A card left from an incident that is over: a record, no longer something to do. */
    /** A card behind the oldest, drawn as one line. */
    static final String CARD_LATER = "wr-inject-card-later";
    static final String CARD_CLOSED = "wr-inject-card-closed";
    static final String KIND = "wr-inject-kind";
    static final String TIME = "wr-inject-time";
    static final String MESSAGE = "wr-inject-message";
    static final String ACKNOWLEDGE = "wr-inject-acknowledge";
    static final String UNACKNOWLEDGED = "wr-inject-unacknowledged";

    private InjectStyles() {
    }
}
