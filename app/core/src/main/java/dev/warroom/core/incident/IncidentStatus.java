package dev.warroom.core.incident;

/** Where the incident as a whole stands. */
public enum IncidentStatus {
    /** At a question or wait node of the decision tree. */
    DECIDING,
    /** Running a procedure's steps. */
    RECOVERING,
    RESOLVED,
    ABORTED;

    public boolean isOver() {
        return this == RESOLVED || this == ABORTED;
    }
}
