package dev.warroom.console.start.importing;

import dev.warroom.importer.MappingLine;

/** The document lines a mapping line stands for, as the review and the saved report write them. */
final class ImportWords {

    private ImportWords() {
    }

    static String lines(MappingLine line) {
        return line.fromLine() == line.toLine() ? Integer.toString(line.fromLine()) : line.fromLine() + "–" + line.toLine();
    }

    static boolean oneLine(MappingLine line) {
        return line.fromLine() == line.toLine();
    }
}
