package dev.warroom.console.room.timeline;

import java.util.Optional;

/** The kinds of timeline entries a commander can filter by, in the order the chips show them. */
public enum TimelineKind {
    INCIDENT("incident"),
    DECISION("decision"),
    PROCEDURE("procedure"),
    STEP("step"),
    STATE("state"),
    CHECKLIST("checklist"),
    INJECT("inject"),
    NOTE("note"),
    ISSUE("issue"),
    ACTION_ITEM("action-item");

    private final String word;

    TimelineKind(String word) {
        this.word = word;
    }

    /** The kind as the engine's timeline words name it ({@code TimelineWords.Words#kind}). */
    public String word() {
        return word;
    }

    /** The message key of the chip's label. */
    public String messageKey() {
        return "timeline.kind." + word;
    }

    /**
     * The message key that names an entry of kind {@code word} in its row: a chip's kind, or the drill's own events
     * (its clock, an inject acknowledged, the drill closed), which have no chip; none for a kind the console has no words for.
     */
    public static Optional<String> nameKey(String word) {
        if ("drill".equals(word)) {
            return Optional.of("timeline.kind.drill");
        }
        return of(word).map(TimelineKind::messageKey);
    }

    public static Optional<TimelineKind> of(String word) {
        for (TimelineKind kind : values()) {
            if (kind.word.equals(word)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
