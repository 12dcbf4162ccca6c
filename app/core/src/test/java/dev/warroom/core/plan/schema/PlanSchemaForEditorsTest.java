package dev.warroom.core.plan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warroom.core.plan.catalog.ActionKind;
import dev.warroom.core.plan.catalog.ActionKinds;
import dev.warroom.core.plan.catalog.ResourceKind;
import dev.warroom.core.plan.catalog.ResourceKinds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an editor with yaml-language-server gets from plans/schema/plan.schema.json: hover text for every
 * property, and completion of every kind the catalogues know (so a new kind cannot be left out).
 */
class PlanSchemaForEditorsTest {

    private static JsonNode schema;

    @BeforeAll
    static void readTheCommittedSchema() throws IOException {
        Path file = Path.of(System.getProperty("warroom.root", "../.."), "plans", "schema", "plan.schema.json");
        schema = new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void everyPropertyHasADescription() {
        List<String> undescribed = new ArrayList<>();
        List<String> all = new ArrayList<>();
        collectProperties(schema, "", all, undescribed);

        assertThat(all).hasSizeGreaterThan(300);
        assertThat(undescribed).as("properties without a description (add @JsonPropertyDescription in core.plan.model)").isEmpty();
    }

    @Test
    void resourceKindsAreTheCatalogue() {
        JsonNode kinds = schema.at("/$defs/" + CatalogueEnums.RESOURCE_KIND);

        assertThat(texts(kinds.get("enum"))).containsExactlyElementsOf(ResourceKinds.all().stream().map(ResourceKind::name).toList());
        assertThat(texts(kinds.get("enumDescriptions"))).hasSameSizeAs(ResourceKinds.all()).allMatch(d -> !d.isBlank());
    }

    @Test
    void actionKindsAreTheCatalogue() {
        JsonNode kinds = schema.at("/$defs/" + CatalogueEnums.ACTION_KIND);

        assertThat(texts(kinds.get("enum"))).containsExactlyElementsOf(ActionKinds.all().stream().map(ActionKind::name).toList());
        assertThat(texts(kinds.get("enumDescriptions"))).hasSameSizeAs(ActionKinds.all()).allMatch(d -> !d.isBlank());
    }

    @Test
    void everyPlaceThatNamesAKindCompletesFromTheCatalogue() {
        assertThat(CatalogueEnums.PLACES).containsKeys("/$defs/Resource/properties/kind", "/$defs/Action/properties/kind",
                "/$defs/Signal/properties/kinds/items");
        for (Map.Entry<String, String> place : CatalogueEnums.PLACES.entrySet()) {
            assertThat(schema.at(place.getKey()).path("$ref").asText()).as(place.getKey()).isEqualTo("#/$defs/" + place.getValue());
        }
    }

    @Test
    void everyEnumValueOfTheModelIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        schema.get("$defs").fields().forEachRemaining(def -> {
            JsonNode values = def.getValue().get("enum");
            JsonNode words = def.getValue().get("enumDescriptions");
            if (values != null && (words == null || words.size() != values.size())) {
                undescribed.add(def.getKey());
            }
        });
        assertThat(undescribed).as("enums without one enumDescriptions entry per value").isEmpty();
    }

    private static void collectProperties(JsonNode node, String at, List<String> all, List<String> undescribed) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectProperties(node.get(i), at + "/" + i, all, undescribed);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode properties = node.get("properties");
        if (properties != null && properties.isObject()) {
            properties.fields().forEachRemaining(p -> {
                all.add(at + "/properties/" + p.getKey());
                if (p.getValue().path("description").asText().isBlank()) {
                    undescribed.add(at + "/properties/" + p.getKey());
                }
            });
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            collectProperties(field.getValue(), at + "/" + field.getKey(), all, undescribed);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> texts.add(v.asText()));
        }
        return texts;
    }
}
