package dev.warroom.report.md;

import java.util.regex.Pattern;

/**
 * Escapes text from plans and journals so that GitHub-flavoured Markdown shows it as written: no link,
 * image, HTML tag, table cell, emphasis or code span can come out of it, and no line of it can turn into a
 * heading, list, quote, rule or code block.
 */
final class MarkdownText {

    /** Characters that build inline syntax: links and images, HTML and entities, emphasis, code, table cells. */
    private static final String INLINE_SYNTAX = "\\`*_[]<>|&~";
    /** An ordered list item's marker: up to nine digits, then a dot or a parenthesis. */
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,9})([.)])");

    private MarkdownText() {
    }

    /** One line of text that starts a block of its own (a paragraph, a quote): line breaks become spaces. */
    static String inline(String text) {
        return escapeLine(oneLine(text), true);
    }

    /** A heading's text: no line-start rules apply, and a trailing {@code #} no longer closes the heading. */
    static String heading(String text) {
        return escapeLine(oneLine(text), false).replace("#", "\\#");
    }

    /** Running text whose line breaks are kept: each line escaped, joined by hard line breaks. */
    static String lines(String text, String continuationIndent) {
        String[] lines = normalised(text).split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("\\\n").append(continuationIndent);
            }
            out.append(escapeLine(lines[i], true));
        }
        return out.toString();
    }

    /** A table cell: its line breaks become {@code <br>}, the one tag this renderer writes itself. */
    static String cell(String text) {
        String[] lines = normalised(text).split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("<br>");
            }
            out.append(escapeLine(lines[i], false));
        }
        return out.toString();
    }

    /**
     * {@code lineStart}: the line starts a block, where a leading {@code #}, {@code -}, {@code +}, {@code =} or
     * number would make a heading, a list or a rule (inside a table cell or a heading they are text).
     */
    private static String escapeLine(String line, boolean lineStart) {
        String stripped = line.strip();
        StringBuilder out = new StringBuilder(stripped.length() + 8);
        int from = lineStart ? escapeStructure(stripped, out) : 0;
        for (int i = from; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (INLINE_SYNTAX.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Escapes what would open a heading, list item or rule at the start of {@code line}; returns how many of its characters it took. */
    private static int escapeStructure(String line, StringBuilder out) {
        var numbered = NUMBERED.matcher(line);
        if (numbered.find()) {
            out.append(numbered.group(1)).append('\\').append(numbered.group(2));
            return numbered.end();
        }
        if (!line.isEmpty() && "#-+=".indexOf(line.charAt(0)) >= 0) {
            out.append('\\').append(line.charAt(0));
            return 1;
        }
        return 0;
    }

    private static String oneLine(String text) {
        return normalised(text).replace('\n', ' ');
    }

    private static String normalised(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
