package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;
import java.util.List;

/** A drill the plan schedules, with what counts as success. */
public record Drill(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) DrillType type,
        @JsonProperty(required = true) String title,
        String titleEn,
        @JsonPropertyDescription("As the document says it: quarterly, 每月第一個週三 ...") String frequency,
        String schedule,
        Duration duration,
        String date,
        List<String> participants,
        String goal,
        @JsonPropertyDescription("Scenario the drill plays; its faults seed the simulated world.") String scenario,
        List<String> activities,
        List<SuccessCriterion> successCriteria,
        @JsonPropertyDescription("Events the facilitator injects on a schedule.") List<Fault> injects) {

    public Drill {
        participants = Lists.of(participants);
        activities = Lists.of(activities);
        successCriteria = Lists.of(successCriteria);
        injects = Lists.of(injects);
    }
}
