package dev.warroom.core.sim;

import dev.warroom.core.time.IncidentClock;

/** What every simulated executor works with. */
record SimContext(SimState state, WorldReading reading, ServingSites sites, IncidentClock clock, SimRandom random) {
}
