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

    public static Optional<TimelineKind> of(String word) {
        for (TimelineKind kind : values()) {
            if (kind.word.equals(word)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
