package dev.warroom.console.start.importing;

import dev.warroom.importer.ImportResult;
import dev.warroom.importer.ImportWarning;
import dev.warroom.importer.MappingLine;
import dev.warroom.importer.encoding.UncertainCharacter;
import java.nio.file.Path;

/**
 * The review's content as Markdown, saved beside the draft so the author keeps what became what, the warnings and the
 * characters to check while refining the plan.
 */
final class MappingReportText {

    private MappingReportText() {
    }

    static String markdown(Path document, ImportResult result) {
        StringBuilder md = new StringBuilder();
        md.append("# Import of ").append(document.getFileName()).append("\n\n");
        md.append("Draft plan `").append(result.planId()).append("`; the document was read as ").append(result.decoded().encoding())
                .append(".\n\n");
        result.decoded().notes().forEach(note -> md.append("- ").append(note).append('\n'));
        if (!result.decoded().uncertain().isEmpty()) {
            md.append("\n## Characters to check\n\n| Line | Column | Chosen | Also possible | Context |\n|---|---|---|---|---|\n");
            for (UncertainCharacter c : result.decoded().uncertain()) {
                md.append("| ").append(c.line()).append(" | ").append(c.column()).append(" | ").append(cell(c.chosen())).append(" | ")
                        .append(cell(String.join(" ", c.candidates().subList(1, c.candidates().size())))).append(" | ")
                        .append(cell(c.context())).append(" |\n");
            }
        }
        if (!result.warnings().isEmpty()) {
            md.append("\n## Warnings\n\n");
            for (ImportWarning w : result.warnings()) {
                md.append("- line ").append(w.line()).append(": ").append(w.message()).append('\n');
            }
        }
        md.append("\n## What became what\n\n| Lines | What | Became |\n|---|---|---|\n");
        for (MappingLine line : result.mapping()) {
            md.append("| ").append(ImportWords.lines(line)).append(" | ").append(cell(line.what())).append(" | ").append(cell(line.became()))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
