package dev.warroom.connectors.postgres;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses, before anything is sent, queries that a read-only transaction would not stop: functions
 * that promote, signal or reconfigure the server. Plain writes are refused by the server itself,
 * because sql.check runs in a READ ONLY transaction.
 */
final class ReadOnlyQueries {

    private static final Pattern SIDE_EFFECTS = Pattern.compile("\\b(pg_promote|pg_terminate_backend|pg_cancel_backend|pg_reload_conf"
            + "|pg_switch_wal|pg_create_restore_point|pg_wal_replay_pause|pg_wal_replay_resume|pg_rotate_logfile|set_config"
            + "|pg_create_physical_replication_slot|pg_create_logical_replication_slot|pg_drop_replication_slot|dblink\\w*)\\b");

    private ReadOnlyQueries() {
    }

    static Optional<String> problem(String query) {
        if (query == null || query.isBlank()) {
            return Optional.of("sql.check needs a query");
        }
        Matcher m = SIDE_EFFECTS.matcher(query.toLowerCase(Locale.ROOT));
        if (m.find()) {
            return Optional.of("sql.check runs read-only queries; " + m.group(1) + "() would change the server");
        }
        return Optional.empty();
    }
}
