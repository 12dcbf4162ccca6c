package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kinds of decision-tree node. */
public enum NodeType {
    @JsonProperty("question") QUESTION,
    @JsonProperty("procedure") PROCEDURE,
    @JsonProperty("wait") WAIT,
    @JsonProperty("reassess") REASSESS,
    @JsonProperty("end") END
}
