package dev.warroom.importer.markdown;

import dev.warroom.importer.DocumentImporter;
import dev.warroom.importer.words.ImportText;
import java.util.Optional;

/** What is refused before decoding (too large, empty), and text that is no document once decoded (control characters). */
final class ImportRefusals {

    private ImportRefusals() {
    }

    static Optional<ImportText> check(byte[] document, String name) {
        if (document.length > DocumentImporter.MAX_DOCUMENT_BYTES) {
            return Optional.of(MarkdownDocumentImporter.tooLarge(name, document.length));
        }
        if (document.length == 0 || new String(document, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            return Optional.of(ImportText.of("refusal.empty", name));
        }
        return Optional.empty();
    }

    /** More than one character in ten a control character (other than tabs and line ends): not a text document. */
    static boolean looksBinary(String text) {
        int probe = Math.min(text.length(), 64 * 1024);
        int control = 0;
        for (int i = 0; i < probe; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                control++;
            }
        }
        return control * 10 > probe;
    }
}
