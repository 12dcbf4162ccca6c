package dev.warroom.console.start.importing;

import dev.warroom.importer.ImportResult;
import dev.warroom.importer.MappingLine;

/** Counts and line ranges the review shows, taken from what the importer reported. */
final class ImportWords {

    private ImportWords() {
    }

    static String lines(MappingLine line) {
        return line.fromLine() == line.toLine() ? Integer.toString(line.fromLine()) : line.fromLine() + "–" + line.toLine();
    }

    /** How many mapped parts of the document became a plan element whose path starts with {@code section}. */
    static long became(ImportResult result, String section) {
        return result.mapping().stream().filter(m -> m.became().startsWith(section)).count();
    }

    static long steps(ImportResult result) {
        return result.mapping().stream().filter(m -> m.became().startsWith("procedures") && m.became().contains(".steps[")).count();
    }
}
