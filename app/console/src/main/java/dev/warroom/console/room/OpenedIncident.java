package dev.warroom.console.room;

import dev.warroom.connectors.world.RealWorld;
import dev.warroom.core.incident.IncidentRuntime;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * An incident the war room runs: its runtime and, in DRILL and LIVE, the real connectors under it.
 * Closing settles the chat outbox (each queued message's fate is journaled), then closes the board
 * and the journal, then the connectors. Closing blocks: call it off the FX thread.
 */
public final class OpenedIncident implements AutoCloseable {

    private final IncidentRuntime runtime;
    private final Optional<RealWorld> real;
    private final Map<String, String> identities;

    private OpenedIncident(IncidentRuntime runtime, Optional<RealWorld> real, Map<String, String> identities) {
        this.runtime = runtime;
        this.real = real;
        this.identities = Map.copyOf(identities);
    }

    /** An incident on a world the runtime owns (the simulated world, or one a test prepared). */
    public static OpenedIncident of(IncidentRuntime runtime) {
        return new OpenedIncident(runtime, Optional.empty(), Map.of());
    }

    /** An incident on the real connectors; from now on the fate of each queued chat message is journaled. */
    static OpenedIncident onConnectors(IncidentRuntime runtime, RealWorld real) {
        real.journalChatFates(runtime.incident(), trouble -> System.getLogger(OpenedIncident.class.getName())
                .log(System.Logger.Level.WARNING, trouble));
        return new OpenedIncident(runtime, Optional.of(real), real.identities());
    }

    public IncidentRuntime runtime() {
        return runtime;
    }

    /** Who each connector acts as, by connector name, read when the incident was opened; empty off the real connectors. */
    public Map<String, String> identities() {
        return identities;
    }

    @Override
    public void close() throws IOException {
        try {
            if (real.isPresent()) {
                real.get().settleChat(RealWorld.OUTBOX_GRACE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                runtime.close();
            } finally {
                real.ifPresent(RealWorld::close);
            }
        }
    }
}
