package dev.warroom.importer;

/** Something the importer could not map or had to guess, at a 1-based line (column 0 when it concerns the whole line). */
public record ImportWarning(int line, int column, String message) {
}
