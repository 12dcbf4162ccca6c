package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * What a report template's section holds. Every kind but the author's ({@code field}, {@code fields},
 * {@code table}) is filled from the plan and the journal; a template only chooses, orders and names them.
 */
public enum SectionContent {
    /** Incident or drill id, system, mode, scenario, start, end, outcome: the basic information. */
    @JsonProperty("summary") @JsonPropertyDescription("Incident or drill id, system, mode, scenario, start, end, outcome: the basic information.") SUMMARY,
    /** RTO and RPO, target against actual, with the RTO phases against their budgets (and their chart). */
    @JsonProperty("recovery-objectives") @JsonPropertyDescription("RTO and RPO, target against actual, with the RTO phases against their budgets (and a chart).") RECOVERY_OBJECTIVES,
    /** Replica lag over the incident against the RPO line (a chart). */
    @JsonProperty("replica-lag") @JsonPropertyDescription("Replica lag over the incident against the RPO line (a chart).") REPLICA_LAG,
    /** The decision path, with the evidence of each suggestion. */
    @JsonProperty("decision-path") @JsonPropertyDescription("The decision path, with the evidence of each suggestion.") DECISION_PATH,
    /** Every step: who confirmed it and how its outcome was established (with a Gantt chart). */
    @JsonProperty("steps") @JsonPropertyDescription("Every step: who confirmed it and how its outcome was established (with a Gantt chart).") STEPS,
    /** The timeline of events. */
    @JsonProperty("timeline") @JsonPropertyDescription("The timeline of events.") TIMELINE,
    @JsonProperty("checklists") @JsonPropertyDescription("The checklists, ticked and not.") CHECKLISTS,
    /** The drill: title, type, participants, objectives. */
    @JsonProperty("drill") @JsonPropertyDescription("The drill: title, type, participants, objectives.") DRILL,
    /** Each success criterion with its own target, the measured value, the verdict and who gave it (with a chart). */
    @JsonProperty("drill-criteria") @JsonPropertyDescription("Each success criterion with its target, the measured value, the verdict and who gave it (with a chart).") DRILL_CRITERIA,
    @JsonProperty("injects") @JsonPropertyDescription("The injects as they went.") INJECTS,
    @JsonProperty("observations") @JsonPropertyDescription("The observations recorded during the drill.") OBSERVATIONS,
    @JsonProperty("hot-wash") @JsonPropertyDescription("The hot wash: what went well and what did not.") HOT_WASH,
    /** HSEEP: per objective, its rating (P, S, M, U), strengths and areas for improvement. */
    @JsonProperty("objective-analysis") @JsonPropertyDescription("Per objective: its rating (P, S, M, U), strengths and areas for improvement.") OBJECTIVE_ANALYSIS,
    /** Action items (hot wash and notes) with owner, due date, priority and status: the improvement plan. */
    @JsonProperty("action-items") @JsonPropertyDescription("Action items with owner, due date, priority and status: the improvement plan.") ACTION_ITEMS,
    /** Issues found during the incident (notes marked as issues). */
    @JsonProperty("issues") @JsonPropertyDescription("Issues found during the incident (notes marked as issues).") ISSUES,
    @JsonProperty("notes") @JsonPropertyDescription("The notes.") NOTES,
    @JsonProperty("participants") @JsonPropertyDescription("Who took part.") PARTICIPANTS,
    /** One author's field ({@code fields[0]}), a paragraph. */
    @JsonProperty("field") @JsonPropertyDescription("One author's field (fields[0]), a paragraph: root cause, conclusion.") FIELD,
    /** Several author's fields, each a labelled value. */
    @JsonProperty("fields") @JsonPropertyDescription("Several author's fields, each a labelled value.") FIELDS,
    /** An author's table: {@code fields} are its columns; the author adds rows. */
    @JsonProperty("table") @JsonPropertyDescription("An author's table: fields are its columns; the author adds rows.") TABLE,
    /** Sign-offs: the roles in {@code fields}, each with a name and a date to fill. */
    @JsonProperty("sign-offs") @JsonPropertyDescription("Sign-offs: the roles in fields, each with a name and a date to fill.") SIGN_OFFS
}
