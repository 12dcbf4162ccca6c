package dev.warroom.connectors.azure.postgres;

import com.azure.resourcemanager.postgresqlflexibleserver.fluent.models.ServerInner;
import com.azure.resourcemanager.postgresqlflexibleserver.models.ReplicationState;
import com.azure.resourcemanager.postgresqlflexibleserver.models.ServerState;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.ReplicationRole;
import java.util.Locale;
import java.util.Set;

/** What a flexible server's replication role and state mean for the board. */
final class FlexibleServerRoles {

    private static final Set<ServerState> BUSY = Set.of(ServerState.UPDATING, ServerState.STARTING, ServerState.RESTARTING,
            ServerState.PROVISIONING, ServerState.STOPPING);
    private static final Set<ServerState> DOWN = Set.of(ServerState.STOPPED, ServerState.DISABLED, ServerState.DROPPING,
            ServerState.INACCESSIBLE);

    private FlexibleServerRoles() {
    }

    /** Primary → primary; AsyncReplica and GeoAsyncReplica → replica; None → standalone. */
    static ReplicationRole role(ServerInner server) {
        String azure = azureRole(server).toLowerCase(Locale.ROOT);
        if (azure.equals("primary")) {
            return ReplicationRole.PRIMARY;
        }
        if (azure.endsWith("replica")) {
            return ReplicationRole.REPLICA;
        }
        return ReplicationRole.STANDALONE;
    }

    /** Azure's own word: Primary, AsyncReplica, GeoAsyncReplica, None. */
    static String azureRole(ServerInner server) {
        if (server.replicationRole() != null) {
            return server.replicationRole().toString();
        }
        if (server.replica() != null && server.replica().role() != null) {
            return server.replica().role().toString();
        }
        return "None";
    }

    static Health health(ServerInner server) {
        ServerState state = server.state();
        if (state == null) {
            return Health.UNKNOWN;
        }
        if (DOWN.contains(state)) {
            return Health.DOWN;
        }
        if (BUSY.contains(state) || replicationBroken(server)) {
            return Health.DEGRADED;
        }
        return state.equals(ServerState.READY) ? Health.UP : Health.UNKNOWN;
    }

    /** The replication link of a replica in the board's words: up, catching up, down (Broken) ... */
    static String link(ServerInner server) {
        ReplicationState state = server.replica() == null ? null : server.replica().replicationState();
        if (state == null) {
            return "unknown";
        }
        if (state.equals(ReplicationState.ACTIVE)) {
            return "up";
        }
        if (state.equals(ReplicationState.CATCHUP)) {
            return "catching up";
        }
        if (state.equals(ReplicationState.BROKEN)) {
            return "down (Broken)";
        }
        return state.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean replicationBroken(ServerInner server) {
        return role(server) == ReplicationRole.REPLICA && server.replica() != null
                && ReplicationState.BROKEN.equals(server.replica().replicationState());
    }
}
