package dev.warroom.core.incident;

import java.util.Map;

/** The engine's window on the state board. */
public interface LiveState {

    /** Polls every probe now (each bounded by its timeout) and returns the readings by resource id. */
    Map<String, ResourceReading> refresh();

    /** The latest readings without polling. */
    Map<String, ResourceReading> latest();
}
