package dev.warroom.console.room.notify;

import java.util.List;

/**
 * Something the commander must not miss while looking elsewhere, before it is put into words: its kind
 * names the message keys of its title and text, {@code args} fill them in order.
 */
public record Notice(Kind kind, List<String> args) {

    public enum Kind {
        STEP_FAILED("notify.step-failed.title", "notify.step-failed.text"),
        CHAT_QUEUED("notify.chat-queued.title", "notify.chat-queued.text"),
        RESOURCE_DOWN("notify.resource-down.title", "notify.resource-down.text"),
        SUGGESTED("notify.suggested.title", "notify.suggested.text");

        private final String titleKey;
        private final String textKey;

        Kind(String titleKey, String textKey) {
            this.titleKey = titleKey;
            this.textKey = textKey;
        }

        public String titleKey() {
            return titleKey;
        }

        public String textKey() {
            return textKey;
        }
    }

    public Notice {
        args = List.copyOf(args);
    }

    Notice(Kind kind, String... args) {
        this(kind, List.of(args));
    }
}
