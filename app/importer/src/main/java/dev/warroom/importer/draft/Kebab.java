package dev.warroom.importer.draft;

import java.util.Locale;

/** Plan ids from any text: lowercase ASCII letters and digits joined by single hyphens. */
public final class Kebab {

    private Kebab() {
    }

    /** The text's ASCII letters and digits, lowercased, each run joined by one hyphen; empty when none is left. */
    public static String of(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (hyphen && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return out.toString();
    }
}
