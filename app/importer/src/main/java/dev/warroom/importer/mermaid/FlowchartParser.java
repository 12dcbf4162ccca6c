package dev.warroom.importer.mermaid;

import dev.warroom.importer.ImportWarning;
import dev.warroom.importer.words.ImportText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads mermaid flowchart text ({@code graph TD}, {@code flowchart LR}…) into a {@link Flowchart}: node shapes,
 * {@code -->}, {@code ---}, {@code -.->}, {@code ==>}, labels as {@code -->|label|} or {@code -- label -->}, chains,
 * {@code &} groups. Subgraph boundaries and styling are ignored; what cannot be read becomes a warning at its line.
 */
final class FlowchartParser {

    /** A decision tree a person walks has far fewer boxes; past this the graph is not read further. */
    static final int MOST_NODES = 500;
    private static final int LONGEST_LINE = 4_000;

    private static final Pattern HEADER = Pattern.compile("(?i)^(graph|flowchart)(\\s+(TD|TB|BT|LR|RL))?\\s*;?$");
    private static final Pattern STYLING = Pattern.compile("(?i)^(classDef|class|style|linkStyle|click|direction|accTitle|accDescr)\\b.*");
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_]+(?:-(?![-.>])[\\p{L}\\p{N}_]+)*");
    private static final Pattern LINK_WITH_TEXT = Pattern.compile(
            "^(?:--\\s+(.+?)\\s+-{2,}[>ox]|==\\s+(.+?)\\s+={2,}[>ox]|-\\.\\s+(.+?)\\s+\\.-+[>ox]?)");
    private static final Pattern LINK = Pattern.compile("^(?:<?-{2,}[>ox]|<?-{3,}|<?={2,}[>ox]|<?={3,}|<?-\\.+-[>ox]?|~~~)");
    private static final Pattern PIPE_LABEL = Pattern.compile("^\\|([^|]*)\\|");
    private static final String[][] SHAPES = {
        {"(((", ")))", "CIRCLE"}, {"((", "))", "CIRCLE"}, {"([", "])", "STADIUM"}, {"[[", "]]", "BOX"}, {"[(", ")]", "OTHER"},
        {"{{", "}}", "HEXAGON"}, {"[/", "/]", "OTHER"}, {"[\\", "\\]", "OTHER"}, {"[/", "\\]", "OTHER"}, {"[\\", "/]", "OTHER"},
        {"[", "]", "BOX"}, {"(", ")", "ROUND"}, {"{", "}", "DIAMOND"}, {">", "]", "OTHER"},
    };

    private final Flowchart chart = new Flowchart();
    /** What the statement being read declares, kept until the whole statement has read well. */
    private final List<Flowchart.Node> pendingNodes = new ArrayList<>();
    private final List<Flowchart.Edge> pendingEdges = new ArrayList<>();
    private final List<ImportWarning> warnings;
    private boolean warnedSubgraph;
    private boolean warnedTooMany;

    private FlowchartParser(List<ImportWarning> warnings) {
        this.warnings = warnings;
    }

    static Flowchart parse(String source, int firstLine, List<ImportWarning> warnings) {
        FlowchartParser parser = new FlowchartParser(warnings);
        String[] lines = (source == null ? "" : source).split("\r?\n|\r", -1);
        boolean headerSeen = false;
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = firstLine + i;
            String line = withoutComment(lines[i]).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                if (HEADER.matcher(line).matches()) {
                    continue;
                }
                warnings.add(new ImportWarning(lineNumber, 0, ImportText.of("warning.mermaid-header")));
            }
            parser.line(line, lineNumber);
        }
        return parser.chart;
    }

    private static String withoutComment(String line) {
        int at = line.indexOf("%%");
        return at < 0 ? line : line.substring(0, at);
    }

    private void line(String line, int lineNumber) {
        if (line.length() > LONGEST_LINE) {
            warnings.add(new ImportWarning(lineNumber, 0, ImportText.of("warning.mermaid-long-line", line.length(), LONGEST_LINE)));
            return;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.startsWith("subgraph") || lower.equals("end")) {
            if (!warnedSubgraph) {
                warnedSubgraph = true;
                warnings.add(new ImportWarning(lineNumber, 0, ImportText.of("warning.mermaid-subgraph")));
            }
            return;
        }
        if (STYLING.matcher(line).matches() || HEADER.matcher(line).matches()) {
            return;
        }
        for (String statement : line.split(";")) {
            if (statement.isBlank()) {
                continue;
            }
            pendingNodes.clear();
            pendingEdges.clear();
            if (statement(statement.strip(), lineNumber)) {
                pendingNodes.forEach(n -> declare(n.id(), n.label(), n.shape(), n.line()));
                pendingEdges.forEach(e -> chart.edge(e.from(), e.to(), e.label(), e.line()));
            } else {
                warnings.add(new ImportWarning(lineNumber, 0, ImportText.of("warning.mermaid-line", abbreviated(statement.strip()))));
            }
        }
    }

    /** One statement: node groups joined by links. False when it does not read as one. */
    private boolean statement(String text, int lineNumber) {
        Cursor cursor = new Cursor(text);
        List<String> previous = group(cursor, lineNumber);
        if (previous == null) {
            return false;
        }
        while (!cursor.done()) {
            cursor.skipSpaces();
            String[] label = new String[1];
            if (!link(cursor, label)) {
                return false;
            }
            cursor.skipSpaces();
            List<String> next = group(cursor, lineNumber);
            if (next == null) {
                return false;
            }
            for (String from : previous) {
                for (String to : next) {
                    pendingEdges.add(new Flowchart.Edge(from, to, label[0], lineNumber));
                }
            }
            previous = next;
            cursor.skipSpaces();
        }
        return true;
    }

    private List<String> group(Cursor cursor, int lineNumber) {
        List<String> ids = new ArrayList<>();
        do {
            cursor.skipSpaces();
            String id = node(cursor, lineNumber);
            if (id == null) {
                return null;
            }
            ids.add(id);
            cursor.skipSpaces();
        } while (cursor.take("&"));
        return ids;
    }

    private String node(Cursor cursor, int lineNumber) {
        Matcher id = cursor.match(ID);
        if (id == null) {
            return null;
        }
        String name = id.group();
        for (String[] shape : SHAPES) {
            if (cursor.startsWith(shape[0])) {
                int end = cursor.closing(shape[0], shape[1]);
                if (end < 0) {
                    return null;
                }
                String label = cleanLabel(cursor.text.substring(cursor.at + shape[0].length(), end));
                cursor.at = end + shape[1].length();
                pendingNodes.add(new Flowchart.Node(name, label, Flowchart.Shape.valueOf(shape[2]), lineNumber));
                return name;
            }
        }
        pendingNodes.add(new Flowchart.Node(name, null, Flowchart.Shape.BOX, lineNumber));
        return name;
    }

    private void declare(String id, String label, Flowchart.Shape shape, int lineNumber) {
        if (chart.get(id) == null && chart.size() >= MOST_NODES) {
            if (!warnedTooMany) {
                warnedTooMany = true;
                warnings.add(new ImportWarning(lineNumber, 0, ImportText.of("warning.mermaid-too-many", MOST_NODES)));
            }
            return;
        }
        chart.node(id, label, shape, lineNumber);
    }

    private static boolean link(Cursor cursor, String[] label) {
        Matcher withText = cursor.match(LINK_WITH_TEXT);
        if (withText != null) {
            for (int g = 1; g <= 3; g++) {
                if (withText.group(g) != null) {
                    label[0] = cleanLabel(withText.group(g));
                }
            }
            return true;
        }
        if (cursor.match(LINK) == null) {
            return false;
        }
        cursor.skipSpaces();
        Matcher pipe = cursor.match(PIPE_LABEL);
        if (pipe != null) {
            label[0] = cleanLabel(pipe.group(1));
        }
        return true;
    }

    static String cleanLabel(String raw) {
        String label = raw.strip();
        if (label.length() >= 2 && label.startsWith("\"") && label.endsWith("\"")) {
            label = label.substring(1, label.length() - 1);
        }
        label = label.replaceAll("(?i)<br\\s*/?>", " ").replace("#quot;", "\"").replace("#amp;", "&")
                .replaceAll("</?[a-zA-Z][^>]*>", "").replaceAll("\\s+", " ").strip();
        return label;
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    private static final class Cursor {
        final String text;
        int at;

        Cursor(String text) {
            this.text = text;
        }

        boolean done() {
            return at >= text.length();
        }

        void skipSpaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        boolean startsWith(String prefix) {
            return text.startsWith(prefix, at);
        }

        boolean take(String prefix) {
            if (startsWith(prefix)) {
                at += prefix.length();
                return true;
            }
            return false;
        }

        /** Where the label opened here closes: after a quoted label's closing quote; nested brackets of one kind skipped. */
        int closing(String open, String close) {
            int start = at + open.length();
            if (text.startsWith("\"", start)) {
                int quote = text.indexOf('"', start + 1);
                return quote < 0 ? -1 : text.indexOf(close, quote + 1);
            }
            if (open.length() == 1 && close.length() == 1 && open.charAt(0) != '>') {
                int depth = 1;
                for (int i = start; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == open.charAt(0)) {
                        depth++;
                    } else if (c == close.charAt(0) && --depth == 0) {
                        return i;
                    }
                }
                return -1;
            }
            return text.indexOf(close, start);
        }

        Matcher match(Pattern pattern) {
            Matcher m = pattern.matcher(text).region(at, text.length());
            if (m.lookingAt()) {
                at = m.end();
                return m;
            }
            return null;
        }
    }
}
