package dev.warroom.report.md;

import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Mark;

/** A page without colour spells a mark out: a sign before the text, and "to fill" in an empty field. */
final class MarkdownMarks {

    private MarkdownMarks() {
    }

    static String sign(Mark mark) {
        return switch (mark) {
            case GOOD -> "✅ ";
            case BAD -> "❌ ";
            case WARNING -> "⚠️ ";
            case TO_FILL -> "✏️ ";
            case PLAIN -> "";
        };
    }

    /** A cell's text (already escaped by {@code escape}) with its mark in front. */
    static String marked(Cell cell, java.util.function.UnaryOperator<String> escape, MarkdownWords words) {
        Mark mark = cell.mark() == null ? Mark.PLAIN : cell.mark();
        if (mark == Mark.TO_FILL && cell.text().isBlank()) {
            return sign(mark) + "*" + words.toFill() + "*";
        }
        return sign(mark) + escape.apply(cell.text());
    }
}
