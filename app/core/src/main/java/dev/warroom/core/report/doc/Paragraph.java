package dev.warroom.core.report.doc;

/** Running text; line breaks in it are kept. */
public record Paragraph(Cell text) implements Block {
}
