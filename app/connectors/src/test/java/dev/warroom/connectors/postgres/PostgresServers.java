package dev.warroom.connectors.postgres;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.lab.FreePorts;
import dev.warroom.connectors.lab.PostgresPair;
import dev.warroom.core.plan.model.Resource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * A real PostgreSQL primary and streaming standby for one test class, and the plan resources that point at them. The
 * Azure and AWS families' sql.check tests log in to the same servers through their own kinds.
 */
public final class PostgresServers implements AutoCloseable {

    public static final String PASSWORD_ENV = "TEST_PG_PASSWORD";
    public static final String PASSWORD = "s3cret-Lab-pw";

    public final PostgresPair pair;

    private PostgresServers(PostgresPair pair) {
        this.pair = pair;
    }

    public static PostgresServers start(Path dir) {
        int port = FreePorts.pair();
        PostgresPair pair = PostgresPair.create(dir.resolve("postgres"), port, port + 1, PASSWORD, line -> { });
        // @AfterAll stops it; this covers a test JVM that is told to exit before that
        Runtime.getRuntime().addShutdownHook(new Thread(pair::destroy));
        return new PostgresServers(pair);
    }

    static ConnectorSettings settings() {
        return ConnectorSettings.of(Map.of(PASSWORD_ENV, PASSWORD));
    }

    Resource primary() {
        return resource("db-primary", pair.primaryPort(), Map.of());
    }

    Resource standby() {
        return resource("db-standby", pair.standbyPort(), Map.of());
    }

    static Resource resource(String id, int port, Map<String, String> overrides) {
        Map<String, String> observe = new HashMap<>(Map.of("host", "127.0.0.1", "port", Integer.toString(port), "database", "warroom",
                "user", "warroom", "passwordEnv", PASSWORD_ENV, "sslmode", "disable"));
        observe.putAll(overrides);
        return new Resource(id, "postgres", id, null, null, null, observe, Map.of());
    }

    Connection connect(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/warroom?sslmode=disable", "warroom", PASSWORD);
    }

    public void onPrimary(String sql) throws SQLException {
        try (Connection c = connect(pair.primaryPort()); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    public String queryStandby(String sql) throws SQLException {
        return query(pair.standbyPort(), sql);
    }

    public String query(int port, String sql) throws SQLException {
        try (Connection c = connect(port); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public void close() {
        pair.destroy();
    }
}
