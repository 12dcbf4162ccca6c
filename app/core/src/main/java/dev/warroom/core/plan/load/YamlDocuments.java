package dev.warroom.core.plan.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** Reads small YAML side files (e.g. scripted answers) with the same limits and YAML 1.2 rules as plans. */
public final class YamlDocuments {

    private YamlDocuments() {
    }

    /** The document as a tree; a problem is an IOException whose message reads {@code file:line:column: …}. */
    public static JsonNode read(String name, byte[] content) throws IOException {
        return readLocated(name, content).tree();
    }

    /** A side file's tree with where each of its values stands, so a later check can name file:line:column. */
    public record Located(JsonNode tree, PositionIndex positions) {
    }

    /** As {@link #read}, keeping the positions. */
    public static Located readLocated(String name, byte[] content) throws IOException {
        YamlTreeReader reader = new YamlTreeReader(LoadLimits.DEFAULT);
        try {
            JsonNode tree = reader.read(content);
            if (!reader.problems().isEmpty()) {
                YamlTreeReader.Located first = reader.problems().get(0);
                throw new IOException(name + ":" + first.position().line() + ":" + first.position().column() + ": " + first.message());
            }
            return new Located(tree, reader.positions());
        } catch (PlanLoadException e) {
            throw new IOException(name + ":" + e.position().line() + ":" + e.position().column() + ": " + e.getMessage(), e);
        }
    }
}
