package dev.warroom.connectors.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * What a standby (a server in recovery) says about its replication. The lag is zero when the standby
 * has replayed everything it received: an idle primary sends nothing, so {@code now() -
 * pg_last_xact_replay_timestamp()} keeps growing although nothing is behind. Only while received WAL
 * waits to be replayed is the lag the age of the last replayed transaction.
 */
record StandbyReading(
        String received,
        String replayed,
        boolean caughtUp,
        Double replayAgeSeconds,
        boolean replayPaused,
        String receiverStatus,
        String source,
        int timeline) {

    private static final String QUERY = """
            SELECT pg_last_wal_receive_lsn()::text,
                   pg_last_wal_replay_lsn()::text,
                   pg_last_wal_receive_lsn() IS NULL OR pg_last_wal_replay_lsn() >= pg_last_wal_receive_lsn(),
                   extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8,
                   pg_is_wal_replay_paused(),
                   r.status,
                   r.sender_host || ':' || r.sender_port,
                   coalesce(r.received_tli, (SELECT timeline_id FROM pg_control_checkpoint()))
            FROM (SELECT 1) AS one
            LEFT JOIN pg_stat_wal_receiver AS r ON true
            """;

    static StandbyReading read(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(QUERY)) {
            rs.next();
            double age = rs.getDouble(4);
            Double replayAge = rs.wasNull() ? null : age;
            return new StandbyReading(rs.getString(1), rs.getString(2), rs.getBoolean(3), replayAge, rs.getBoolean(5),
                    rs.getString(6), rs.getString(7), rs.getInt(8));
        }
    }

    boolean streaming() {
        return "streaming".equals(receiverStatus);
    }

    /** Zero when caught up with what was received; else the age of the last replayed transaction; unknown if none was replayed yet. */
    Optional<Duration> lag() {
        if (received == null && !streaming()) {
            return Optional.empty();
        }
        if (caughtUp) {
            return Optional.of(Duration.ZERO);
        }
        return Optional.ofNullable(replayAgeSeconds).map(LagWords::ofSeconds);
    }

    /** The WAL receiver in words: {@code up}, its state while it connects, or {@code down}. */
    String link() {
        if (receiverStatus == null) {
            return "down (no WAL receiver)";
        }
        return streaming() ? "up" : receiverStatus;
    }
}
