package dev.warroom.core.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.warroom.core.secret.SecretText;
import dev.warroom.core.secret.SecretVocabulary;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps secrets out of the journal, by the {@link SecretVocabulary} the plan validator uses too. A field
 * whose name says it holds a secret ({@code password}, {@code apiKey}, {@code connectionString},
 * {@code authorization}, {@code webhookUrl}, …) gets the value {@value #MARK}, except names about a secret
 * ({@code passwordEnv}, {@code secretName}). Inside any text, the secret part of every shape of secret
 * (URLs with a password, {@code Password=} in connection strings, {@code Bearer} tokens, webhook URLs, AWS
 * keys, JWTs, PEM private keys, GitHub tokens, …) is replaced by {@value #MARK}. A kept document (the
 * plan's text an incident opens with, {@code planText}) is kept byte for byte unless the vocabulary finds a
 * secret in it as the plan validator does (placeholders such as {@code YOUR/SLACK/WEBHOOK} are none): a copy
 * changed only where nothing was secret would no longer be the plan that ran. Never changes the node it
 * is given. Thread-safe.
 */
public final class SecretRedactor {

    public static final String MARK = SecretText.MARK;

    /** Fields that hold a whole document the journal keeps as evidence. */
    private static final Set<String> DOCUMENTS = Set.of("planText");

    /** The redacted copy, and the JSON pointers of every value that was changed. */
    public record Redaction(ObjectNode data, List<String> redactedPaths) {

        public Redaction {
            redactedPaths = List.copyOf(redactedPaths);
        }

        public boolean changed() {
            return !redactedPaths.isEmpty();
        }
    }

    private SecretRedactor() {
    }

    /** A deep copy of {@code data} with secrets replaced. */
    public static ObjectNode redact(ObjectNode data) {
        return scan(data).data();
    }

    /** Like {@link #redact}, also saying where secrets were found (e.g. {@code /params/password}). */
    public static Redaction scan(ObjectNode data) {
        List<String> paths = new ArrayList<>();
        ObjectNode copy = copyObject(data, "", paths);
        return new Redaction(copy, paths);
    }

    /** Free text with its secrets replaced, e.g. a command line or a command's output. */
    public static String redactText(String text) {
        return SecretText.redact(text);
    }

    /** Whether a field of this name holds a secret ({@code dbPassword}: yes; {@code passwordEnv}: no). */
    public static boolean isSecretKey(String key) {
        return SecretVocabulary.isSecretName(key);
    }

    private static ObjectNode copyObject(ObjectNode source, String path, List<String> paths) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = source.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPath = path + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
            JsonNode value = field.getValue();
            if (SecretVocabulary.isSecretName(field.getKey()) && holdsSecret(value)) {
                copy.set(field.getKey(), TextNode.valueOf(MARK));
                paths.add(fieldPath);
            } else if (DOCUMENTS.contains(field.getKey()) && value.isTextual() && SecretText.find(value.textValue()).isEmpty()) {
                copy.set(field.getKey(), value);
            } else {
                copy.set(field.getKey(), copyValue(value, fieldPath, paths));
            }
        }
        return copy;
    }

    private static JsonNode copyValue(JsonNode value, String path, List<String> paths) {
        if (value.isObject()) {
            return copyObject((ObjectNode) value, path, paths);
        }
        if (value.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(value.size());
            int index = 0;
            for (JsonNode element : value) {
                copy.add(copyValue(element, path + "/" + index++, paths));
            }
            return copy;
        }
        if (value.isTextual()) {
            String redacted = SecretText.redact(value.textValue());
            if (!redacted.equals(value.textValue())) {
                paths.add(path);
                return TextNode.valueOf(redacted);
            }
        }
        // Scalars are immutable nodes, safe to share with the caller's tree.
        return value;
    }

    /** Empty values, already-redacted values and environment-variable placeholders hide nothing. */
    private static boolean holdsSecret(JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isTextual()) {
            String text = value.textValue();
            return !text.isEmpty() && !text.equals(MARK) && !SecretVocabulary.isEnvironmentReference(text);
        }
        return !(value.isContainerNode() && value.isEmpty());
    }
}
