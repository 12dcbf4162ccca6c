package dev.warroom.core.report.doc;

/**
 * What the journal cannot know and the author has not filled yet: an empty field, clearly marked as one,
 * under the template field's id (the one the author's entry is journalled under).
 */
public record ToFill(String field, String label, String hint) implements Block {
}
