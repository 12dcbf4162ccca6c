package dev.warroom.importer.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/** The document's lines, and where a parsed block sits in them (1-based, inclusive). */
final class SourceText {

    private final List<String> lines;

    SourceText(String text) {
        this.lines = text.lines().toList();
    }

    int firstLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
    }

    int lastLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? firstLine(node) : spans.get(spans.size() - 1).getLineIndex() + 1;
    }

    /** The block's lines as the document has them. */
    String verbatim(Node node) {
        return verbatim(firstLine(node), lastLine(node));
    }

    /** Lines {@code from} to {@code to} (1-based, inclusive) as the document has them. */
    String verbatim(int from, int to) {
        return String.join("\n", lines.subList(Math.max(0, from - 1), Math.min(lines.size(), to)));
    }

    String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    /** The inline text of a block (emphasis and links reduced to their words), on one line; no recursion. */
    static String inline(Node node) {
        StringBuilder text = new StringBuilder();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(node);
        while (!pending.isEmpty()) {
            Node current = pending.pop();
            if (current instanceof Text t) {
                text.append(t.getLiteral());
            } else if (current instanceof Code c) {
                text.append(c.getLiteral());
            } else if (current instanceof SoftLineBreak || current instanceof HardLineBreak) {
                text.append(' ');
            }
            Deque<Node> children = new ArrayDeque<>();
            for (Node child = current.getFirstChild(); child != null; child = child.getNext()) {
                children.push(child);
            }
            children.forEach(pending::push);
        }
        return text.toString().strip();
    }
}
