package dev.warroom.importer;

import dev.warroom.importer.commands.CommandRecognizer;
import dev.warroom.importer.commands.ProposedResource;
import dev.warroom.importer.commands.RecognizedCommand;
import dev.warroom.importer.encoding.DecodedDocument;
import dev.warroom.importer.encoding.DocumentDecoder;
import dev.warroom.importer.mermaid.FlowchartReader;
import dev.warroom.importer.mermaid.TreeDraft;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simple stand-ins for the decoder, the command recognizer and the flowchart reader, so the mapping is tested on its
 * own: UTF-8 only; {@code kubectl scale deployment NAME --replicas=N -n NS} only; a flowchart becomes one procedure node.
 */
final class StandIns {

    private StandIns() {
    }

    static DocumentImporter importer() {
        return new MarkdownDocumentImporter(decoder(), recognizer(), flowcharts());
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

    static CommandRecognizer recognizer() {
        Pattern scale = Pattern.compile("kubectl scale deployment[/ ]([a-z0-9-]+) --replicas=(\\d+) -n ([a-z0-9-]+)");
        return new CommandRecognizer() {
            @Override
            public Optional<RecognizedCommand> recognize(String command) {
                Matcher m = scale.matcher(command.strip());
                if (!m.matches()) {
                    return Optional.empty();
                }
                ProposedResource deployment = new ProposedResource(m.group(1), "k8s-deployment",
                        Map.of("context", "current", "namespace", m.group(3), "name", m.group(1)));
                return Optional.of(new RecognizedCommand("k8s.scale", Map.of("replicas", m.group(2)), Optional.of(deployment), false));
            }

            @Override
            public boolean looksDestructive(String command) {
                return command.matches("(?is).*\\b(promote|delete|drop|--force|dns|route53)\\b.*");
            }
        };
    }

    static FlowchartReader flowcharts() {
        return (source, firstLine) -> new TreeDraft("flow-start",
                List.of(Map.of("id", "flow-start", "type", "procedure", "title", "Flowchart", "procedure", "flowchart-procedure",
                        "next", "flow-end"), Map.of("id", "flow-end", "type", "end", "title", "End")),
                List.of("flowchart-procedure"), List.of());
    }
}
