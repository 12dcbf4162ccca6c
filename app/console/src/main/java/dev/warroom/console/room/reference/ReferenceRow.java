package dev.warroom.console.room.reference;

import java.util.Locale;
import java.util.Optional;

/**
 * One line of the reference panel: a section heading, or an entry with its details and, for contacts,
 * rungs and channels, the value a commander copies (a phone number, an address, a handle).
 *
 * @param id      unique within the panel, e.g. {@code contact-openai}; the row's node id
 * @param section the section it belongs to (a heading's own section)
 * @param heading true for a section heading
 * @param copy    what the copy button puts on the clipboard, when there is something to copy
 */
public record ReferenceRow(String id, PanelSection section, boolean heading, String title, String detail, Optional<String> copy,
        boolean derived) {

    static ReferenceRow heading(PanelSection section, String title) {
        return new ReferenceRow("heading-" + section.word(), section, true, title, "", Optional.empty(), false);
    }

    static ReferenceRow entry(PanelSection section, String id, String title, String detail, String copy, boolean derived) {
        return new ReferenceRow(section.word() + "-" + id, section, false, title, detail == null ? "" : detail,
                Optional.ofNullable(copy).filter(c -> !c.isBlank()), derived);
    }

    /** Whether every word typed into the filter appears in the entry's text, ignoring case. */
    public boolean matches(String filter) {
        String haystack = (title + " " + detail + " " + copy.orElse("")).toLowerCase(Locale.ROOT);
        for (String word : filter.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
