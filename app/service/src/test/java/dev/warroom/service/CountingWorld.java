package dev.warroom.service;

import dev.warroom.core.incident.Incident;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.sim.SimulatedWorld;
import dev.warroom.core.time.SystemIncidentClock;
import dev.warroom.core.world.World;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stand-in for the real connectors: the simulated world, counting what is done to it and in which order. */
final class CountingWorld implements WorldLease {

    final List<String> calls = new CopyOnWriteArrayList<>();
    private final SimulatedWorld world;
    private volatile Incident incident;

    CountingWorld(Plan plan) {
        this.world = new SimulatedWorld(plan, new SystemIncidentClock(), 7);
    }

    @Override
    public World world() {
        return world;
    }

    @Override
    public Map<String, String> identities() {
        return Map.of("sim", "tester@loopback");
    }

    @Override
    public Map<String, String> identitySettings() {
        return Map.of("identity.sim", "tester@loopback");
    }

    @Override
    public void journalChatFates(Incident incident) {
        this.incident = incident;
        calls.add("journal chat fates");
    }

    @Override
    public void settleChat() {
        calls.add("settle chat");
    }

    @Override
    public void close() {
        boolean incidentClosed = incident == null || refusesNotes(incident);
        calls.add(incidentClosed ? "close after the incident" : "close while the incident is open");
    }

    int closes() {
        return (int) calls.stream().filter(c -> c.startsWith("close")).count();
    }

    private static boolean refusesNotes(Incident incident) {
        try {
            incident.note(dev.warroom.core.incident.NoteKind.NOTE, "still open?", "probe");
            return false;
        } catch (Exception e) {
            return true;
        }
    }
}
