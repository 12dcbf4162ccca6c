package dev.warroom.importer;

import dev.warroom.importer.words.ImportText;

/**
 * Something the importer could not map or had to guess, at a 1-based line (column 0 when it concerns the whole line),
 * in words each front end says in its own language ({@link ImportText}); {@link #message()} is the English.
 */
public record ImportWarning(int line, int column, ImportText text) {

    public ImportWarning(int line, int column, String message) {
        this(line, column, ImportText.verbatim(message));
    }

    public String message() {
        return text.english();
    }
}
