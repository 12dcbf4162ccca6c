package dev.warroom.core.plan.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.time.DurationText;
import java.time.Duration;

/** Generates the plan JSON Schema from the model records, so the two cannot drift apart. */
public final class PlanSchemaGenerator {

    public static final String SCHEMA_ID = "https://warroom.dev/schema/plan.schema.json";

    private PlanSchemaGenerator() {
    }

    public static String generate() throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(json, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED, JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.PLAIN_DEFINITION_KEYS)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        builder.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            if (type.getErasedType() == java.util.Map.class) {
                ObjectNode map = context.getGeneratorConfig().createObjectNode().put("type", "object");
                map.putObject("additionalProperties").putArray("type").add("string").add("number").add("boolean");
                return new CustomDefinition(map, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.NO);
            }
            if (type.getErasedType() != Duration.class) {
                return null;
            }
            ObjectNode duration = context.getGeneratorConfig().createObjectNode()
                    .put("type", "string")
                    .put("pattern", DurationText.PATTERN)
                    .put("description", "A duration with a unit: 90m, 1h, 1h30m, 45s, 500ms, 2d.");
            return new CustomDefinition(duration, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.AttributeInclusion.NO);
        });
        builder.forTypesInGeneral().withTypeAttributeOverride(new EnumDescriptions());
        builder.forFields().withPropertyNameOverrideResolver(field -> null);
        SchemaGenerator generator = new SchemaGenerator(builder.build());
        ObjectNode schema = generator.generateSchema(Plan.class);
        CatalogueEnums.apply(schema);
        ObjectNode root = json.createObjectNode()
                .put("$schema", "https://json-schema.org/draft/2020-12/schema")
                .put("$id", SCHEMA_ID)
                .put("title", "WarRoom disaster-recovery plan")
                .put("description", "Generated from the plan model in app/core (PlanSchemaGenerator); do not edit by hand.");
        root.setAll(schema);
        return json.writeValueAsString(root) + "\n";
    }
}
