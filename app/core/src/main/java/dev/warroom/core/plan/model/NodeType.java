package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Kinds of decision-tree node. */
public enum NodeType {
    @JsonProperty("question") @JsonPropertyDescription("The commander picks one of answers (signals may suggest one); its next is the following node.") QUESTION,
    @JsonProperty("procedure") @JsonPropertyDescription("Runs procedure; when it completes, goes to next (the path ends there without next).") PROCEDURE,
    @JsonProperty("wait") @JsonPropertyDescription("Waits duration while the world is watched, then goes to next.") WAIT,
    @JsonProperty("reassess") @JsonPropertyDescription("Rechecks every period: goes to recovered when until holds or the commander says so, to next once limit has passed.") REASSESS,
    @JsonProperty("end") @JsonPropertyDescription("Closes the path.") END
}
