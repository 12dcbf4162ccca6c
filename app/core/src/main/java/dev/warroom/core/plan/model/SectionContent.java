package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a report template's section holds. Every kind but the author's ({@code field}, {@code fields},
 * {@code table}) is filled from the plan and the journal; a template only chooses, orders and names them.
 */
public enum SectionContent {
    /** Incident or drill id, system, mode, scenario, start, end, outcome: the basic information. */
    @JsonProperty("summary") SUMMARY,
    /** RTO and RPO, target against actual, with the RTO phases against their budgets (and their chart). */
    @JsonProperty("recovery-objectives") RECOVERY_OBJECTIVES,
    /** Replica lag over the incident against the RPO line (a chart). */
    @JsonProperty("replica-lag") REPLICA_LAG,
    /** The decision path, with the evidence of each suggestion. */
    @JsonProperty("decision-path") DECISION_PATH,
    /** Every step: who confirmed it and how its outcome was established (with a Gantt chart). */
    @JsonProperty("steps") STEPS,
    /** The timeline of events. */
    @JsonProperty("timeline") TIMELINE,
    @JsonProperty("checklists") CHECKLISTS,
    /** The drill: title, type, participants, objectives. */
    @JsonProperty("drill") DRILL,
    /** Each success criterion with its own target, the measured value, the verdict and who gave it (with a chart). */
    @JsonProperty("drill-criteria") DRILL_CRITERIA,
    @JsonProperty("injects") INJECTS,
    @JsonProperty("observations") OBSERVATIONS,
    @JsonProperty("hot-wash") HOT_WASH,
    /** HSEEP: per objective, its rating (P, S, M, U), strengths and areas for improvement. */
    @JsonProperty("objective-analysis") OBJECTIVE_ANALYSIS,
    /** Action items (hot wash and notes) with owner, due date, priority and status: the improvement plan. */
    @JsonProperty("action-items") ACTION_ITEMS,
    /** Issues found during the incident (notes marked as issues). */
    @JsonProperty("issues") ISSUES,
    @JsonProperty("notes") NOTES,
    @JsonProperty("participants") PARTICIPANTS,
    /** One author's field ({@code fields[0]}), a paragraph. */
    @JsonProperty("field") FIELD,
    /** Several author's fields, each a labelled value. */
    @JsonProperty("fields") FIELDS,
    /** An author's table: {@code fields} are its columns; the author adds rows. */
    @JsonProperty("table") TABLE,
    /** Sign-offs: the roles in {@code fields}, each with a name and a date to fill. */
    @JsonProperty("sign-offs") SIGN_OFFS
}
