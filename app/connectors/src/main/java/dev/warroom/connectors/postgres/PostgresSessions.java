package dev.warroom.connectors.postgres;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.postgresql.Driver;

/** Opens JDBC connections to self-managed PostgreSQL with bounded timeouts; failures come back classified. */
final class PostgresSessions {

    private static final Driver DRIVER = new Driver();

    private final ConnectorSettings settings;

    PostgresSessions(ConnectorSettings settings) {
        this.settings = settings;
    }

    Connection open(PostgresTarget target, PostgresTimeouts timeouts) throws ProbeException {
        Properties props = new Properties();
        props.setProperty("user", target.user());
        Optional<String> password = target.password(settings);
        if (target.passwordEnv() != null && !target.passwordEnv().isBlank() && password.isEmpty()) {
            throw new ProbeException(ProbeFailure.AUTH_FAILED, target.where() + ": the password variable " + target.passwordEnv().strip()
                    + " is not set");
        }
        password.ifPresent(p -> props.setProperty("password", p));
        props.setProperty("connectTimeout", Integer.toString(PostgresTimeouts.seconds(timeouts.connect())));
        props.setProperty("loginTimeout", Integer.toString(PostgresTimeouts.seconds(timeouts.connect())));
        props.setProperty("socketTimeout", Integer.toString(PostgresTimeouts.seconds(timeouts.statement()) + 1));
        props.setProperty("options", "-c statement_timeout=" + timeouts.statement().toMillis());
        props.setProperty("ApplicationName", "warroom");
        if (target.sslmode() != null && !target.sslmode().isBlank()) {
            props.setProperty("sslmode", target.sslmode().strip());
        }
        try {
            Connection connection = DRIVER.connect(target.jdbcUrl(), props);
            if (connection == null) {
                throw new ProbeException(ProbeFailure.ERROR, target.where() + ": the PostgreSQL driver did not accept " + target.jdbcUrl());
            }
            return connection;
        } catch (SQLException e) {
            throw PostgresFailures.classify(target, e);
        }
    }
}
