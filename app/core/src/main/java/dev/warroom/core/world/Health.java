package dev.warroom.core.world;

/** How a resource is doing, as last observed. */
public enum Health {
    UP,
    DEGRADED,
    DOWN,
    UNKNOWN
}
