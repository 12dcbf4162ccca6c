package dev.warroom.core.text;

/**
 * Makes text from a plan or a journal harmless to print: a control character (an ESC that starts a
 * terminal sequence, a bell, a carriage return that overwrites a line) or a character that reorders or
 * hides text (right-to-left overrides, zero-width joiners) is shown as its escape, e.g. {@code \u001b}
 * or {@code \u202e}, so nothing typed into a plan can clear a screen, set a window title or make two
 * different names look alike. Thread-safe.
 */
public final class VisibleText {

    private VisibleText() {
    }

    /**
     * Text for people: line breaks and tabs stay, every other control character and every direction
     * control is escaped. Zero-width joiners stay, since emoji and some scripts need them.
     */
    public static String prose(String text) {
        return escape(text, false);
    }

    /** A name or id: every character a reader cannot see (format characters included) is escaped. */
    public static String name(String text) {
        return escape(text, true);
    }

    /** Whether {@code text} holds a character {@link #name} would escape. */
    public static boolean hasInvisible(String text) {
        return text != null && text.codePoints().anyMatch(c -> needsEscape(c, true));
    }

    private static String escape(String text, boolean name) {
        if (text == null || text.codePoints().noneMatch(c -> needsEscape(c, name))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (needsEscape(c, name)) {
                out.append(c <= 0xFFFF ? String.format("\\u%04x", c) : String.format("\\u{%x}", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean needsEscape(int c, boolean name) {
        if (c == '\n' || c == '\t') {
            return name;
        }
        int type = Character.getType(c);
        if (type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || isDirectionControl(c)) {
            return true;
        }
        return name && (type == Character.FORMAT || type == Character.UNASSIGNED || Character.isWhitespace(c) && c != ' '
                || c == 0x00A0 || c == 0x3164 || c == 0x115F || c == 0x1160 || c == 0xFFA0);
    }

    /** Embeddings, overrides, isolates and marks that change the order text is shown in. */
    private static boolean isDirectionControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C;
    }
}
