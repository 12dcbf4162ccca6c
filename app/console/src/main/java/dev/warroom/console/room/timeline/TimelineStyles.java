package dev.warroom.console.room.timeline;

/** Style classes of the timeline, defined in themes/timeline.css. */
final class TimelineStyles {
    static final String PANE = "wr-timeline";
    static final String HEADING = "wr-timeline-heading";
    static final String CAPTION = "wr-timeline-caption";
    static final String CHIPS = "wr-timeline-chips";
    static final String CHIP = "wr-timeline-chip";
    static final String LIST = "wr-timeline-list";
    static final String CELL = "wr-timeline-cell";
    static final String CLOCK = "wr-timeline-clock";
    static final String SINCE = "wr-timeline-since";
    static final String KIND = "wr-timeline-kind";
    static final String ACTOR = "wr-timeline-actor";
    static final String EVENT = "wr-timeline-event";
    static final String OUTCOME = "wr-timeline-outcome";
    static final String LATEST = "wr-timeline-latest";
    static final String NOTE_BAR = "wr-note-bar";
    static final String NOTE_KIND = "wr-note-kind";
    static final String NOTE_FIELD = "wr-note-field";
    static final String KEY_HINT = "wr-key-hint";

    private TimelineStyles() {
    }
}
