package dev.warroom.importer;

import dev.warroom.importer.encoding.DecodedDocument;
import java.util.List;
import java.util.Optional;

/**
 * What an import gives: the draft plan's YAML text (valid per {@code PlanValidation}: warnings allowed, no errors), what
 * became what, the warnings, and how the text was decoded (with the characters still uncertain after a repair).
 *
 * @param refusal set when nothing could be imported (then {@code planYaml} is empty); a sentence, never a stack trace
 */
public record ImportResult(
        String planYaml,
        String planId,
        DecodedDocument decoded,
        List<MappingLine> mapping,
        List<ImportWarning> warnings,
        Optional<String> refusal) {

    public ImportResult {
        mapping = List.copyOf(mapping);
        warnings = List.copyOf(warnings);
    }

    public boolean refused() {
        return refusal.isPresent();
    }
}
