package dev.warroom.core.plan.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads YAML bytes into a Jackson tree and records where every node stands, refusing hostile
 * input (binary, oversized, deeply nested, alias bombs) with a message instead of an exception.
 * Not thread-safe; use one per load.
 */
final class YamlTreeReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final LoadLimits limits;
    private final MapPositionIndex positions = new MapPositionIndex();
    private final List<Located> warnings = new ArrayList<>();
    private int nodeCount;

    /** A message at a position, found while reading. */
    record Located(Position position, String message) {
    }

    YamlTreeReader(LoadLimits limits) {
        this.limits = limits;
    }

    MapPositionIndex positions() {
        return positions;
    }

    /** Problems that do not stop reading, such as duplicate keys. */
    List<Located> problems() {
        return warnings;
    }

    JsonNode read(byte[] bytes) throws PlanLoadException {
        if (bytes.length == 0) {
            throw new PlanLoadException(Position.START, "the file is empty; a plan starts with formatVersion, id and system");
        }
        if (bytes.length > limits.maxBytes()) {
            throw new PlanLoadException(Position.START, tooLarge(bytes.length));
        }
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new PlanLoadException(Position.START, "the file holds only white space; a plan starts with formatVersion, id and system");
        }
        Node root = compose(text);
        if (root == null) {
            throw new PlanLoadException(Position.START, "the file holds no YAML document (only comments?)");
        }
        return convert(root, "");
    }

    String tooLarge(long size) {
        return String.format(java.util.Locale.ROOT, "the file is %.1f MiB; plans are limited to %d MiB", size / (1024.0 * 1024.0),
                limits.maxBytes() / (1024 * 1024));
    }

    private static String decode(byte[] bytes) throws PlanLoadException {
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new PlanLoadException(lineColumnOfByte(bytes, nul), "not a text file: it contains a NUL byte at offset " + nul);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            int offset = in.position();
            throw new PlanLoadException(lineColumnOfByte(bytes, offset),
                    "not UTF-8 text: invalid byte 0x" + String.format("%02X", bytes[offset] & 0xff) + " at offset " + offset
                            + "; save the plan as UTF-8");
        } catch (CharacterCodingException e) {
            throw new PlanLoadException(Position.START, "not UTF-8 text; save the plan as UTF-8");
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static Position lineColumnOfByte(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart + 1);
    }

    private Node compose(String text) throws PlanLoadException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        options.setAllowDuplicateKeys(true);
        options.setProcessComments(false);
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options,
                new Yaml12Resolver());
        try {
            return yaml.compose(new WholeCodePointReader(text));
        } catch (MarkedYAMLException e) {
            throw new PlanLoadException(position(e.getProblemMark()), describe(e));
        } catch (YAMLException e) {
            throw new PlanLoadException(Position.START, limitMessage(e.getMessage()));
        } catch (StackOverflowError e) {
            throw new PlanLoadException(Position.START, "the document is nested too deeply (more than " + limits.maxDepth() + " levels)");
        } catch (RuntimeException e) {
            // A parser defect must still reach the user as a located message, not a stack trace.
            throw new PlanLoadException(Position.START, "not readable as YAML: the parser failed (" + e.getClass().getSimpleName() + ")");
        }
    }

    private String limitMessage(String raw) {
        String message = raw == null ? "" : raw;
        if (message.contains("aliases")) {
            return "too many YAML aliases (more than " + limits.maxAliases() + "): refused as a possible alias bomb";
        }
        if (message.contains("Nesting Depth")) {
            return "the document is nested too deeply (more than " + limits.maxDepth() + " levels)";
        }
        if (message.contains("exceeds the limit")) {
            return "the document is larger than " + limits.maxBytes() / (1024 * 1024) + " MiB";
        }
        return "not readable as YAML: " + message;
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "syntax error" : e.getProblem();
        String context = e.getContext();
        String message = context == null ? problem : problem + " (" + context + ")";
        if (message.contains("exceeds the specified max") || message.contains("Nesting Depth")) {
            return message.contains("Nesting") ? "the document is nested too deeply" : "too many YAML aliases: refused as a possible alias bomb";
        }
        return "YAML syntax: " + message;
    }

    private static Position position(Mark mark) {
        return mark == null ? Position.START : new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private JsonNode convert(Node node, String pointer) throws PlanLoadException {
        if (++nodeCount > limits.maxNodes()) {
            throw new PlanLoadException(position(node.getStartMark()),
                    "the document expands to more than " + limits.maxNodes() + " nodes (through YAML aliases?); refused");
        }
        positions.putValue(pointer, position(node.getStartMark()));
        if (node instanceof MappingNode mapping) {
            return convertMapping(mapping, pointer);
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = NODES.arrayNode();
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                array.add(convert(items.get(i), JsonPointers.child(pointer, i)));
            }
            return array;
        }
        return scalar((ScalarNode) node);
    }

    private JsonNode convertMapping(MappingNode mapping, String pointer) throws PlanLoadException {
        ObjectNode object = NODES.objectNode();
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                throw new PlanLoadException(position(keyNode.getStartMark()), "a mapping key must be a plain name, not a list or mapping");
            }
            String key = keyScalar.getValue();
            String child = JsonPointers.child(pointer, key);
            if (!seen.add(key)) {
                warnings.add(new Located(position(keyNode.getStartMark()), "duplicate key '" + key + "' (the first one is kept)"));
                continue;
            }
            positions.putKey(child, position(keyNode.getStartMark()));
            object.set(key, convert(tuple.getValueNode(), child));
        }
        return object;
    }

    private static JsonNode scalar(ScalarNode scalar) {
        String value = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (Tag.NULL.equals(tag)) {
                return NODES.nullNode();
            }
            if (Tag.BOOL.equals(tag)) {
                return NODES.booleanNode(Boolean.parseBoolean(value.toLowerCase(java.util.Locale.ROOT)));
            }
            if (Tag.INT.equals(tag)) {
                return integer(value);
            }
            if (Tag.FLOAT.equals(tag) && !value.contains("inf") && !value.contains("nan")) {
                return NODES.numberNode(Double.parseDouble(value));
            }
        } catch (NumberFormatException e) {
            return NODES.textNode(value);
        }
        return NODES.textNode(value);
    }

    private static JsonNode integer(String value) {
        String v = value.startsWith("+") ? value.substring(1) : value;
        BigInteger big = v.startsWith("0x") ? new BigInteger(v.substring(2), 16)
                : v.startsWith("0o") ? new BigInteger(v.substring(2), 8) : new BigInteger(v);
        return big.bitLength() < 32 ? NODES.numberNode(big.intValue())
                : big.bitLength() < 64 ? NODES.numberNode(big.longValue()) : NODES.numberNode(big);
    }

}
