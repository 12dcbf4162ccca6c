package dev.warroom.importer.markdown;

import dev.warroom.importer.DocumentImporter;
import dev.warroom.importer.commands.ShellCommandRecognizer;
import dev.warroom.importer.encoding.DocumentDecoder;
import dev.warroom.importer.mermaid.MermaidFlowchartReader;

/** The importer every front end uses (the CLI's {@code warroom import}, the console's Import action). */
public final class DocumentImporters {

    private DocumentImporters() {
    }

    public static DocumentImporter standard() {
        return new MarkdownDocumentImporter(DocumentDecoder.standard(), ShellCommandRecognizer::new, new MermaidFlowchartReader());
    }
}
