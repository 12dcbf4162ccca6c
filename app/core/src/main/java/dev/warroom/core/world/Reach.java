package dev.warroom.core.world;

/**
 * What an action would touch if dispatched. The dispatcher compares it with the incident's mode:
 * TABLETOP allows only {@link #SIMULATED}; DRILL also {@link #DRILL_ENVIRONMENT}; LIVE everything.
 */
public enum Reach {
    SIMULATED,
    DRILL_ENVIRONMENT,
    LIVE
}
