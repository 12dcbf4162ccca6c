package dev.warroom.connectors.postgres;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import dev.warroom.core.world.ReplicationRole;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Observes a self-managed PostgreSQL server over JDBC: {@code pg_is_in_recovery()} decides its role;
 * a standby reports its lag, WAL receiver link and timeline, a primary its timeline and the standbys
 * streaming from it. Attributes use the simulated world's names (role, lag, link, timeline, state).
 */
final class PostgresProbe implements Probe {

    private final PostgresSessions sessions;

    PostgresProbe(PostgresSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Observation observe(Resource resource) throws ProbeException {
        PostgresTarget target;
        try {
            target = PostgresTarget.of(resource);
        } catch (IllegalArgumentException e) {
            throw new ProbeException(ProbeFailure.ERROR, e.getMessage());
        }
        try (Connection connection = sessions.open(target, PostgresTimeouts.PROBE)) {
            return inRecovery(connection) ? standby(resource, StandbyReading.read(connection))
                    : primary(resource, PrimaryReading.read(connection));
        } catch (SQLException e) {
            throw PostgresFailures.classify(target, e);
        }
    }

    static boolean inRecovery(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_is_in_recovery()")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static Observation standby(Resource resource, StandbyReading r) {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("role", "replica");
        Optional<Duration> lag = r.lag();
        words.put("lag", lag.map(LagWords::of).orElse("unknown"));
        words.put("link", r.link());
        words.put("timeline", Integer.toString(r.timeline()));
        words.put("state", r.replayPaused() ? "in recovery, replay paused" : "in recovery (read-only)");
        if (r.source() != null) {
            words.put("source", r.source());
        }
        putIfPresent(words, "received", r.received());
        putIfPresent(words, "replayed", r.replayed());
        Health health = r.streaming() ? Health.UP : Health.DEGRADED;
        return new Observation(resource.id(), health, ReplicationRole.REPLICA, lag, words, Instant.now());
    }

    private static Observation primary(Resource resource, PrimaryReading r) {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("role", "primary");
        words.put("timeline", Integer.toString(r.timeline()));
        words.put("state", "accepting writes");
        words.put("wal", r.wal());
        words.put("standbys", r.standbys().isEmpty() ? "none"
                : r.standbys().stream().map(PrimaryReading.StandbyLink::words).collect(Collectors.joining("; ")));
        return new Observation(resource.id(), Health.UP, ReplicationRole.PRIMARY, Optional.empty(), words, Instant.now());
    }

    private static void putIfPresent(Map<String, String> words, String key, String value) {
        if (value != null) {
            words.put(key, value);
        }
    }
}
