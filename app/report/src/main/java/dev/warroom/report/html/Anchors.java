package dev.warroom.report.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Ids for the page's anchors. A section id comes from a template (a plan's author may write anything), so it
 * is reduced to letters, digits and dashes and made unique; the page's own ids are reserved.
 */
final class Anchors {

    private final Set<String> taken = new HashSet<>(Set.of(HtmlPage.JOURNAL_ID, HtmlPage.CONTENTS_ID));

    String forSection(String sectionId) {
        String base = "section-" + clean(sectionId);
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String clean(String raw) {
        String lower = raw == null ? "" : raw.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lower.length() && out.length() < 60; i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        return out.length() == 0 ? "part" : out.toString();
    }
}
