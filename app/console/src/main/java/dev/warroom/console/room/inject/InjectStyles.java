package dev.warroom.console.room.inject;

/** Style classes of the inject cards, defined in themes/timeline.css. */
final class InjectStyles {
    static final String CARDS = "wr-inject-cards";
    static final String CARD = "wr-inject-card";
    static final String KIND = "wr-inject-kind";
    static final String TIME = "wr-inject-time";
    static final String MESSAGE = "wr-inject-message";
    static final String ACKNOWLEDGE = "wr-inject-acknowledge";

    private InjectStyles() {
    }
}
