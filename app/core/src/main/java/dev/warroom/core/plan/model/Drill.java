package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A drill the plan schedules: its scenario, its events list (injects), what counts as success, the
 * objectives the hot wash rates, and the cleanup to tick before it is closed. Criteria and injects
 * without an id get one from their place (rto, rpo, data-loss, custom-N; inject-N).
 */
public record Drill(
        @JsonProperty(required = true) @JsonPropertyDescription("Drill id: lowercase kebab-case ASCII (quarterly-region-failover); run --drill names it.")
        String id,
        @JsonProperty(required = true) @JsonPropertyDescription("Kind of drill: tabletop, partial-failover, full-failover, surprise, backup-restore, component-failure or plan-review.")
        DrillType type,
        @JsonProperty(required = true) @JsonPropertyDescription("Name as written.") String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String titleEn,
        @JsonPropertyDescription("As the document says it: quarterly, 每月第一個週三 ...") String frequency,
        @JsonPropertyDescription("When exactly, as written, e.g. 10:00-12:00.") String schedule,
        @JsonPropertyDescription("How long the drill lasts, a duration, e.g. 2h.") Duration duration,
        @JsonPropertyDescription("Date of a specific drill, YYYY-MM-DD.") String date,
        @JsonPropertyDescription("Who takes part (roles, teams or people), as written.") List<String> participants,
        @JsonPropertyDescription("What the drill is for, as written.") String goal,
        @JsonPropertyDescription("Scenario the drill plays; its faults seed the world.") String scenario,
        @JsonPropertyDescription("What happens during the drill, as written.") List<String> activities,
        @JsonPropertyDescription("What the hot wash rates P, S, M or U; observations are tagged with them.") List<DrillObjective> objectives,
        @JsonPropertyDescription("What counts as success: rto, rpo, data-loss (each with its own max) or custom criteria judged by the facilitator.")
        List<SuccessCriterion> successCriteria,
        @JsonPropertyDescription("The events list: messages to the team and changes to the world, due at a time or on an event.")
        List<DrillInject> injects,
        @JsonPropertyDescription("What to undo after the drill; ticked before the drill is closed.") List<ChecklistItem> cleanup) {

    public Drill {
        participants = Lists.of(participants);
        activities = Lists.of(activities);
        objectives = Lists.of(objectives);
        successCriteria = criteriaWithIds(Lists.of(successCriteria));
        injects = injectsWithIds(Lists.of(injects));
        cleanup = Lists.of(cleanup);
    }

    private static List<SuccessCriterion> criteriaWithIds(List<SuccessCriterion> criteria) {
        List<SuccessCriterion> named = new ArrayList<>();
        int custom = 0;
        for (SuccessCriterion c : criteria) {
            if (c.metric() == CriterionMetric.CUSTOM) {
                custom++;
            }
            if (c.id() != null && !c.id().isBlank()) {
                named.add(c);
            } else if (c.metric() == null) {
                named.add(c);
            } else {
                named.add(c.withId(c.metric() == CriterionMetric.CUSTOM ? "custom-" + custom
                        : c.metric().name().toLowerCase(Locale.ROOT).replace('_', '-')));
            }
        }
        return List.copyOf(named);
    }

    private static List<DrillInject> injectsWithIds(List<DrillInject> injects) {
        List<DrillInject> named = new ArrayList<>();
        for (int i = 0; i < injects.size(); i++) {
            DrillInject inject = injects.get(i);
            named.add(inject.id() != null && !inject.id().isBlank() ? inject : inject.withId("inject-" + (i + 1)));
        }
        return List.copyOf(named);
    }

    public java.util.Optional<SuccessCriterion> criterion(String criterionId) {
        return successCriteria.stream().filter(c -> criterionId.equals(c.id())).findFirst();
    }

    public java.util.Optional<DrillInject> inject(String injectId) {
        return injects.stream().filter(i -> injectId.equals(i.id())).findFirst();
    }
}
