package dev.warroom.core.plan.schema;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.TypeAttributeOverrideV2;
import com.github.victools.jsonschema.generator.TypeScope;
import java.lang.reflect.Field;

/**
 * Gives a model enum's schema one {@code enumDescriptions} entry per value, from the
 * {@code @JsonPropertyDescription} on each constant, so that an editor shows what a value means beside it.
 */
final class EnumDescriptions implements TypeAttributeOverrideV2 {

    @Override
    public void overrideTypeAttributes(ObjectNode schema, TypeScope scope, SchemaGenerationContext context) {
        Class<?> type = scope.getType().getErasedType();
        if (!type.isEnum() || !schema.has("enum")) {
            return;
        }
        ArrayNode words = schema.arrayNode();
        for (Object constant : type.getEnumConstants()) {
            JsonPropertyDescription description = field(type, ((Enum<?>) constant).name()).getAnnotation(JsonPropertyDescription.class);
            if (description == null) {
                return;
            }
            words.add(description.value());
        }
        schema.set("enumDescriptions", words);
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("enum constant " + name + " of " + type.getName() + " is not a field", e);
        }
    }
}
