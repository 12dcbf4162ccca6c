package dev.warroom.importer;

import dev.warroom.importer.encoding.DecodedDocument;
import dev.warroom.importer.words.ImportText;
import java.util.List;
import java.util.Optional;

/**
 * What an import gives: the draft plan's YAML text (valid per {@code PlanValidation}: warnings allowed, no errors), what
 * became what, the warnings, and how the text was decoded (with the characters still uncertain after a repair).
 *
 * @param refusalWords set when nothing could be imported (then {@code planYaml} is empty): a sentence, never a stack
 *     trace, in each front end's language ({@link #refusal()} is the English)
 */
public record ImportResult(
        String planYaml,
        String planId,
        DecodedDocument decoded,
        List<MappingLine> mapping,
        List<ImportWarning> warnings,
        Optional<ImportText> refusalWords) {

    public ImportResult {
        mapping = List.copyOf(mapping);
        warnings = List.copyOf(warnings);
    }

    public Optional<String> refusal() {
        return refusalWords.map(ImportText::english);
    }

    public boolean refused() {
        return refusalWords.isPresent();
    }
}
