package dev.warroom.connectors.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a primary (a server out of recovery) says: its WAL position, timeline and the standbys streaming from it. */
record PrimaryReading(String wal, int timeline, List<StandbyLink> standbys) {

    /**
     * One row of pg_stat_replication. {@code replay_lag} is NULL on an idle primary, so a standby that
     * has replayed everything that was sent is 0 s behind whatever that column says.
     */
    record StandbyLink(String name, String address, String state, long bytesBehind, Double replayLagSeconds) {

        Optional<Duration> lag() {
            if (bytesBehind == 0) {
                return Optional.of(Duration.ZERO);
            }
            return Optional.ofNullable(replayLagSeconds).map(LagWords::ofSeconds);
        }

        String words() {
            String behind = bytesBehind == 0 ? "caught up" : bytesBehind < 0 ? "replay position unknown"
                    : lag().map(l -> LagWords.of(l) + " behind (" + bytesBehind + " bytes)").orElse(bytesBehind + " bytes behind");
            return (name.isBlank() ? address : name + "@" + address) + " " + state + ", " + behind;
        }
    }

    private static final String POSITION = "SELECT pg_current_wal_lsn()::text, pg_walfile_name(pg_current_wal_lsn())";
    private static final String STANDBYS = """
            SELECT coalesce(application_name, ''), coalesce(host(client_addr), 'local'), coalesce(state, 'unknown'),
                   coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn), -1)::bigint,
                   extract(epoch FROM replay_lag)::float8
            FROM pg_stat_replication ORDER BY application_name, client_addr
            """;

    static PrimaryReading read(Connection connection) throws SQLException {
        String wal;
        int timeline;
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(POSITION)) {
            rs.next();
            wal = rs.getString(1);
            timeline = Integer.parseInt(rs.getString(2).substring(0, 8), 16);
        }
        List<StandbyLink> standbys = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(STANDBYS)) {
            while (rs.next()) {
                double lag = rs.getDouble(5);
                standbys.add(new StandbyLink(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.wasNull() ? null : lag));
            }
        }
        return new PrimaryReading(wal, timeline, standbys);
    }
}
