package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The failover decision tree: questions whose answers lead to procedures, waits or ends. */
public record DecisionTree(
        @JsonProperty(required = true) String start,
        @JsonProperty(required = true) List<DecisionNode> nodes) {

    public DecisionTree {
        nodes = Lists.of(nodes);
    }
}
