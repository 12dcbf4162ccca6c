package dev.warroom.importer;

import dev.warroom.importer.commands.ShellCommandRecognizer;
import dev.warroom.importer.encoding.DecodedDocument;
import dev.warroom.importer.encoding.DocumentDecoder;
import dev.warroom.importer.mermaid.FlowchartReader;
import dev.warroom.importer.mermaid.TreeDraft;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The importer every front end uses (the CLI's {@code warroom import}, the console's Import action). */
public final class DocumentImporters {

    private DocumentImporters() {
    }

    public static DocumentImporter standard() {
        return new MarkdownDocumentImporter(utf8(), ShellCommandRecognizer::new, noFlowcharts());
    }

    private static DocumentDecoder utf8() {
        return (bytes, name) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            boolean mark = text.startsWith("\uFEFF");
            return new DecodedDocument(mark ? text.substring(1) : text, mark ? "UTF-8 with a byte-order mark" : "UTF-8", false, List.of(),
                    List.of());
        };
    }

    private static FlowchartReader noFlowcharts() {
        return (source, firstLine) -> new TreeDraft("", List.of(), List.of(),
                List.of(new ImportWarning(firstLine, 0, "mermaid flowcharts are not read yet: the graph is kept as reference")));
    }
}
