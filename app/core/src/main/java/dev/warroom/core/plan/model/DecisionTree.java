package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The failover decision tree: questions whose answers lead to procedures, waits or ends. */
public record DecisionTree(
        @JsonProperty(required = true) @JsonPropertyDescription("The node a run begins at, unless its scenario names an entry. A node id.")
        String start,
        @JsonProperty(required = true) @JsonPropertyDescription("All the tree's nodes, in any order; no cycles (a reassess node loops by itself).")
        List<DecisionNode> nodes) {

    public DecisionTree {
        nodes = Lists.of(nodes);
    }
}
