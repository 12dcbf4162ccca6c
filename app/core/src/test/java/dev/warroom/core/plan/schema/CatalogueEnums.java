package dev.warroom.core.plan.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.plan.catalog.ActionKind;
import dev.warroom.core.plan.catalog.ActionKinds;
import dev.warroom.core.plan.catalog.ResourceKind;
import dev.warroom.core.plan.catalog.ResourceKinds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lists the catalogues' resource and action kinds in the schema, wherever a plan names one, as an
 * {@code enum} with one {@code enumDescriptions} entry per value (what yaml-language-server shows
 * beside each completion). The validator leaves an unknown kind to the meaning rules, which suggest
 * the nearest known one.
 */
final class CatalogueEnums {

    static final String RESOURCE_KIND = "ResourceKindName";
    static final String ACTION_KIND = "ActionKindName";

    /** Where a plan names a kind: the property's pointer in the generated schema, and the enum it takes. */
    static final Map<String, String> PLACES = Map.of(
            "/$defs/Resource/properties/kind", RESOURCE_KIND,
            "/$defs/Signal/properties/kinds/items", RESOURCE_KIND,
            "/$defs/Action/properties/kind", ACTION_KIND);

    private CatalogueEnums() {
    }

    static void apply(ObjectNode schema) {
        ObjectNode defs = (ObjectNode) schema.get("$defs");
        defs.set(RESOURCE_KIND, resourceKinds(schema));
        defs.set(ACTION_KIND, actionKinds(schema));
        for (Map.Entry<String, String> place : new TreeMap<>(PLACES).entrySet()) {
            JsonNode node = schema.at(place.getKey());
            if (!(node instanceof ObjectNode property)) {
                throw new IllegalStateException("the schema has no " + place.getKey() + " to list " + place.getValue() + " at");
            }
            property.remove("type");
            property.put("$ref", "#/$defs/" + place.getValue());
        }
    }

    private static ObjectNode resourceKinds(ObjectNode schema) {
        List<String> names = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        for (ResourceKind kind : ResourceKinds.all()) {
            names.add(kind.name());
            descriptions.add(kind.description() + ". observe: " + String.join(", ", kind.requiredObserve())
                    + optional(kind.optionalObserve(), kind.requiredObserve()) + (kind.replicated() ? ". Replicates (replicaOf, lag signals)." : "."));
        }
        return enumeration(schema, "A resource kind from WarRoom's catalogue; it says how the resource is observed and which"
                + " actions can target it. `warroom validate` suggests the nearest kind for a misspelt one.", names, descriptions);
    }

    private static ObjectNode actionKinds(ObjectNode schema) {
        List<String> names = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        for (ActionKind kind : ActionKinds.all()) {
            names.add(kind.name());
            StringBuilder text = new StringBuilder(kind.description()).append('.');
            if (!kind.targetKinds().isEmpty()) {
                text.append(" Targets: ").append(String.join(", ", new TreeSet<>(kind.targetKinds()))).append('.');
            } else if (kind.targetsChannel()) {
                text.append(" Targets a communication channel.");
            }
            if (!kind.requiredParams().isEmpty() || !kind.optionalParams().isEmpty()) {
                text.append(" params: ").append(kind.requiredParams().isEmpty()
                        ? "none required" + optional(kind.optionalParams(), List.of())
                        : String.join(", ", kind.requiredParams()) + optional(kind.optionalParams(), kind.requiredParams())).append('.');
            }
            if (kind.inherentlyDestructive()) {
                text.append(" Destructive: the step must say destructive: true.");
            }
            descriptions.add(text.toString());
        }
        return enumeration(schema, "An action kind from WarRoom's catalogue; it fixes what the action may target and which params"
                + " it takes. `warroom validate` suggests the nearest kind for a misspelt one.", names, descriptions);
    }

    private static String optional(Collection<String> keys, Collection<String> required) {
        TreeSet<String> extra = new TreeSet<>(keys);
        extra.removeAll(required);
        return extra.isEmpty() ? "" : " (optional: " + String.join(", ", extra) + ")";
    }

    private static ObjectNode enumeration(ObjectNode schema, String description, List<String> names, List<String> descriptions) {
        ObjectNode node = schema.objectNode().put("type", "string").put("description", description);
        ArrayNode values = node.putArray("enum");
        names.forEach(values::add);
        ArrayNode words = node.putArray("enumDescriptions");
        descriptions.forEach(words::add);
        return node;
    }
}
