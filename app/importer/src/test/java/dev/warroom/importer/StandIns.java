package dev.warroom.importer;

import dev.warroom.importer.commands.ShellCommandRecognizer;
import dev.warroom.importer.encoding.DecodedDocument;
import dev.warroom.importer.encoding.DocumentDecoder;
import dev.warroom.importer.mermaid.FlowchartReader;
import dev.warroom.importer.mermaid.TreeDraft;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Simple stand-ins for the decoder and the flowchart reader until their branches land, with the real command
 * recognizer: UTF-8 only; a flowchart becomes one procedure node.
 */
final class StandIns {

    private StandIns() {
    }

    static DocumentImporter importer() {
        return new MarkdownDocumentImporter(decoder(), ShellCommandRecognizer::new, flowcharts());
    }

    static DocumentDecoder decoder() {
        return (bytes, name) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return new DecodedDocument(text, "UTF-8", false, List.of(), List.of());
        };
    }

    static FlowchartReader flowcharts() {
        return (source, firstLine) -> new TreeDraft("flow-start",
                List.of(Map.of("id", "flow-start", "type", "procedure", "title", "Flowchart", "procedure", "flowchart-procedure",
                        "next", "flow-end"), Map.of("id", "flow-end", "type", "end", "title", "End")),
                List.of("flowchart-procedure"), List.of());
    }
}
