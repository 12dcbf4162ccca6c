package dev.warroom.core.report.doc;

/** A text with how it reads. */
public record Cell(String text, Mark mark) {

    public static Cell of(String text) {
        return new Cell(text == null ? "" : text, Mark.PLAIN);
    }

    public static Cell marked(String text, Mark mark) {
        return new Cell(text == null ? "" : text, mark);
    }
}
