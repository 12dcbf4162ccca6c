package dev.warroom.importer.markdown;

import dev.warroom.importer.ImportResult;
import dev.warroom.importer.MappingLine;
import dev.warroom.importer.encoding.UncertainCharacter;
import java.util.Comparator;
import java.util.List;

/** The mapping report ({@code --report FILE}): what became what, by source line, then the warnings and uncertain characters. */
public final class MappingReport {

    private MappingReport() {
    }

    public static String markdown(ImportResult result, String documentName) {
        StringBuilder md = new StringBuilder("# Import of ").append(documentName).append("\n\n");
        if (result.refused()) {
            return md.append("Refused: ").append(result.refusal().get()).append('\n').toString();
        }
        md.append("Plan `").append(result.planId()).append("`; the text was ").append(result.decoded().encoding()).append(".\n\n");
        result.decoded().notes().forEach(note -> md.append("- ").append(cell(note)).append('\n'));
        md.append("\n## What became what\n\n| Lines | Was | Became |\n|---|---|---|\n");
        List<MappingLine> lines = result.mapping().stream().sorted(Comparator.comparingInt(MappingLine::fromLine)).toList();
        for (MappingLine line : lines) {
            String range = line.fromLine() == line.toLine() ? "" + line.fromLine() : line.fromLine() + "–" + line.toLine();
            md.append("| ").append(range).append(" | ").append(cell(line.what())).append(" | ").append(cell(line.became())).append(" |\n");
        }
        md.append("\n## Warnings (").append(result.warnings().size()).append(")\n\n");
        result.warnings().forEach(w -> md.append("- ").append(w.line() > 0 ? "line " + w.line() + ": " : "").append(cell(w.message())).append('\n'));
        List<UncertainCharacter> uncertain = result.decoded().uncertain();
        md.append("\n## Uncertain characters (").append(uncertain.size()).append(")\n\n");
        if (!uncertain.isEmpty()) {
            md.append("| Line | Column | Chosen | Candidates | Context |\n|---|---|---|---|---|\n");
            uncertain.forEach(u -> md.append("| ").append(u.line()).append(" | ").append(u.column()).append(" | ").append(u.chosen())
                    .append(" | ").append(String.join(" ", u.candidates())).append(" | ").append(cell(u.context())).append(" |\n"));
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
