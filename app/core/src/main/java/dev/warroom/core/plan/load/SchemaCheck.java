package dev.warroom.core.plan.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.warroom.core.time.DurationText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a plan tree against {@code plans/schema/plan.schema.json} and words every violation for a
 * plan author. Thread-safe: the compiled schema is immutable.
 */
final class SchemaCheck {

    static final String RESOURCE = "/dev/warroom/core/plan/schema/plan.schema.json";
    /**
     * The schema lists the catalogues' kinds so that editors complete them; an unknown kind is left to the
     * meaning rules, which name the nearest known kinds.
     */
    private static final List<String> CATALOGUE_ENUMS = List.of("/$defs/ResourceKindName/enum", "/$defs/ActionKindName/enum");
    private static final SchemaCheck INSTANCE = new SchemaCheck();

    private final JsonNode schemaJson;
    private final JsonSchema schema;

    private SchemaCheck() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("plan schema missing from the classpath at " + RESOURCE);
            }
            schemaJson = PlanJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson, config);
    }

    static SchemaCheck instance() {
        return INSTANCE;
    }

    List<SchemaViolation> check(JsonNode tree) {
        Set<ValidationMessage> messages = schema.validate(tree);
        List<SchemaViolation> findings = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (ValidationMessage m : messages) {
            SchemaViolation f = word(m, tree);
            if (f != null && seen.add(f.pointer() + "\u0000" + f.message())) {
                findings.add(f);
            }
        }
        findings.sort(Comparator.comparing(SchemaViolation::pointer));
        return findings;
    }

    private SchemaViolation word(ValidationMessage m, JsonNode tree) {
        String pointer = pointer(m);
        String keyword = m.getType();
        String schemaLocation = String.valueOf(m.getSchemaLocation());
        if (CATALOGUE_ENUMS.stream().anyMatch(schemaLocation::endsWith)) {
            return null;
        }
        JsonNode value = tree.at(pointer);
        String name = displayName(pointer);
        boolean durationSchema = schemaLocation.contains("/Duration");
        if (durationSchema && ("type".equals(keyword) || "pattern".equals(keyword))) {
            return SchemaViolation.at(pointer, name + ": " + DurationText.explain(value.isMissingNode() ? "" : value.asText()));
        }
        return switch (keyword) {
            case "required" -> SchemaViolation.at(pointer, "missing required property '" + m.getProperty() + "'"
                    + (pointer.isEmpty() ? "" : " in " + name));
            case "additionalProperties" -> {
                String property = m.getProperty();
                String childPointer = JsonPointers.child(pointer, property);
                yield SchemaViolation.at(childPointer, "unknown property '" + property + "'" + suggestion(property, schemaLocation)).atKey();
            }
            case "type" -> SchemaViolation.at(pointer, name + ": expected " + expectedType(m) + ", found " + describe(value));
            case "enum" -> SchemaViolation.at(pointer, name + ": '" + value.asText() + "' is not one of " + allowed(schemaLocation));
            case "pattern" -> SchemaViolation.at(pointer, name + ": '" + value.asText() + "' is not in the expected form");
            case "minItems" -> SchemaViolation.at(pointer, name + ": must not be empty");
            default -> SchemaViolation.at(pointer, name + ": " + stripLocation(m.getMessage()));
        };
    }

    /** The property a pointer ends in; a list item is named after its list ("nodes item 2"), counting from 1. */
    private static String displayName(String pointer) {
        if (pointer.isEmpty()) {
            return "plan";
        }
        String last = JsonPointers.lastSegment(pointer);
        if (!last.isEmpty() && last.chars().allMatch(Character::isDigit) && last.length() < 10) {
            String parent = pointer.substring(0, pointer.lastIndexOf('/'));
            return displayName(parent) + " item " + (Integer.parseInt(last) + 1);
        }
        return last;
    }

    private static String pointer(ValidationMessage m) {
        String location = String.valueOf(m.getInstanceLocation());
        return location.equals("/") ? "" : location;
    }

    private static String expectedType(ValidationMessage m) {
        Object[] args = m.getArguments();
        String expected = args != null && args.length > 1 ? String.valueOf(args[1]) : "another type";
        return switch (expected) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            default -> expected;
        };
    }

    private static String describe(JsonNode value) {
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isNull()) {
            return "nothing (null)";
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        if (value.isNumber()) {
            return "the number " + value.asText();
        }
        return "'" + value.asText() + "'";
    }

    private String allowed(String schemaLocation) {
        JsonNode enumNode = schemaNode(schemaLocation);
        List<String> values = new ArrayList<>();
        if (enumNode != null && enumNode.isArray()) {
            enumNode.forEach(v -> values.add(v.asText()));
        }
        return values.isEmpty() ? "the allowed values" : String.join(", ", values);
    }

    private String suggestion(String property, String schemaLocation) {
        JsonNode owner = schemaNode(schemaLocation.replaceFirst("/additionalProperties$", ""));
        if (owner == null || !owner.has("properties")) {
            return "";
        }
        List<String> known = new ArrayList<>();
        owner.get("properties").fieldNames().forEachRemaining(known::add);
        return DidYouMean.hint(property, known);
    }

    private JsonNode schemaNode(String schemaLocation) {
        int hash = schemaLocation.indexOf('#');
        if (hash < 0) {
            return null;
        }
        JsonNode node = schemaJson.at(schemaLocation.substring(hash + 1));
        return node.isMissingNode() ? null : node;
    }

    private static String stripLocation(String message) {
        int colon = message.indexOf(": ");
        boolean located = message.startsWith("/") || message.startsWith("$");
        return located && colon >= 0 ? message.substring(colon + 2) : message;
    }
}
