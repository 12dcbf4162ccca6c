package dev.warroom.core.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.drill.ActionItem;
import dev.warroom.core.drill.HotWash;
import dev.warroom.core.plan.load.PlanJson;
import dev.warroom.core.plan.model.DrillInject;
import java.util.TreeMap;

/** The data of drill events as the journal holds it: injects as the plan format writes them, the hot wash. */
final class DrillEventData {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DrillEventData() {
    }

    /** An inject as the plan format writes it (durations as {@code 5m}, absent fields left out). */
    static ObjectNode writeInject(DrillInject inject) {
        return PlanJson.mapper().valueToTree(inject);
    }

    static DrillInject readInject(JsonNode data) {
        try {
            return PlanJson.mapper().treeToValue(data, DrillInject.class);
        } catch (JsonProcessingException e) {
            throw new IncidentStateException("the journal holds an ad-hoc inject that cannot be read: " + e.getOriginalMessage());
        }
    }

    static ObjectNode hotWash(HotWash hotWash) {
        ObjectNode data = JSON.objectNode();
        hotWash.wentWell().forEach(data.putArray("wentWell")::add);
        hotWash.toImprove().forEach(data.putArray("toImprove")::add);
        ArrayNode actions = data.putArray("actions");
        for (ActionItem a : hotWash.actions()) {
            actions.addObject().put("text", a.text()).put("owner", a.owner()).put("due", a.due());
        }
        ObjectNode ratings = data.putObject("ratings");
        // sorted, so the same hot wash always journals the same bytes
        new TreeMap<>(hotWash.ratings()).forEach((objective, rating) -> ratings.put(objective, rating.name()));
        return data;
    }

}
