package dev.warroom.importer.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fenced shell block cut into the steps its author marked: comment lines such as {@code # Step 3: 切換到 DR 集群} or
 * {@code # 2. 下載備份} start a step; a block without such marks is one step. Lines before the first mark (shebang,
 * {@code set -e}, banners) stay with the first step, so no line is lost.
 */
final class ShellScript {

    private static final Pattern STEP_MARK = Pattern.compile(
            "^\\s*#+\\s*(?:step\\s*\\d+\\s*[:.)：-]?|\\d{1,3}\\s*[.)、:：]|第\\s*[0-9一二三四五六七八九十]+\\s*步\\s*[:：]?)\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_NAME = Pattern.compile("^\\s*#\\s*([\\w.-]+\\.(?:sh|bash|ps1))\\s*(?:[-–—:]\\s*(.*))?$");
    private static final Pattern TRIVIAL = Pattern.compile(
            "^(?:#.*|echo\\b.*|printf\\b.*|set\\s+-.*|read\\b.*|if\\b.*|then|else|elif\\b.*|fi|exit\\b.*|done|do|esac|[{}()]|.*\\(\\)\\s*\\{)$");

    /** One marked part of the script: its title (the mark's words, empty for an unmarked block) and its lines. */
    record Segment(String title, int firstLine, int lastLine, String text) {

        /** The commands in it, continuation lines joined, comments and shell scaffolding (echo, if, set -e) left out. */
        List<String> commands() {
            List<String> commands = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String raw : text.lines().toList()) {
                String line = raw.strip();
                if (current.length() == 0 && (line.isEmpty() || TRIVIAL.matcher(line).matches())) {
                    continue;
                }
                if (line.endsWith("\\")) {
                    current.append(line, 0, line.length() - 1).append(' ');
                    continue;
                }
                current.append(line);
                commands.add(current.toString().replaceAll("\\s+", " ").strip());
                current.setLength(0);
            }
            if (current.length() > 0) {
                commands.add(current.toString().strip());
            }
            return commands;
        }
    }

    /** Whether the line is shell scaffolding rather than a command: a comment, echo, if/fi, set -e, a function's braces. */
    static boolean trivial(String line) {
        String stripped = line.strip();
        return stripped.isEmpty() || TRIVIAL.matcher(stripped).matches();
    }

    /** The script's own name and title from a {@code # name.sh - title} comment near its top, if it has one. */
    static String scriptTitle(String code) {
        for (String line : code.lines().limit(4).toList()) {
            Matcher m = SCRIPT_NAME.matcher(line);
            if (m.matches()) {
                return m.group(2) == null || m.group(2).isBlank() ? m.group(1) : m.group(2).strip() + " (" + m.group(1) + ")";
            }
        }
        return null;
    }

    /** @param firstLine the document line of the block's first content line */
    static List<Segment> segments(String code, int firstLine) {
        List<String> lines = code.lines().toList();
        List<Segment> segments = new ArrayList<>();
        String title = "";
        int start = 0;
        boolean marked = false;
        for (int i = 0; i < lines.size(); i++) {
            Matcher mark = STEP_MARK.matcher(lines.get(i));
            if (mark.matches() && !mark.group(1).isBlank()) {
                boolean onlyPreamble = !marked && lines.subList(start, i).stream().map(String::strip)
                        .allMatch(l -> l.isEmpty() || TRIVIAL.matcher(l).matches());
                if (i > start && !onlyPreamble) {
                    segments.add(segment(title, lines, start, i, firstLine));
                    start = i;
                }
                title = mark.group(1).strip();
                marked = true;
            }
        }
        if (start < lines.size() || segments.isEmpty()) {
            segments.add(segment(title, lines, start, lines.size(), firstLine));
        }
        return segments;
    }

    private static Segment segment(String title, List<String> lines, int from, int to, int firstLine) {
        String text = String.join("\n", lines.subList(from, to)).stripTrailing();
        return new Segment(title, firstLine + from, firstLine + Math.max(from, to - 1), text);
    }

    private ShellScript() {
    }
}
