package dev.warroom.core.text;

import dev.warroom.core.journal.SecretRedactor;

/**
 * The one call every output makes before it shows text that came from a plan, a journal or a world:
 * secrets are replaced by {@code [redacted]} (the journal's own redaction) and control and direction
 * characters are shown as escapes ({@link VisibleText}). Thread-safe.
 */
public final class SafeText {

    private SafeText() {
    }

    /** Free text (a title, a description, a note, an output) as it may be shown on a screen or in a report. */
    public static String forDisplay(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return VisibleText.prose(SecretRedactor.redactText(text));
    }

    /** An id or name, with every invisible character made visible, so two different names never look the same. */
    public static String forId(String id) {
        return VisibleText.name(id);
    }
}
