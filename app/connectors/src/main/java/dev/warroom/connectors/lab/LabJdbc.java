package dev.warroom.connectors.lab;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.postgresql.Driver;

/** Connections to the lab's own PostgreSQL servers on 127.0.0.1, as the lab's superuser {@code warroom}. */
final class LabJdbc {

    static final String USER = "warroom";
    static final String DATABASE = "warroom";

    private static final Driver DRIVER = new Driver();

    private LabJdbc() {
    }

    static Connection connect(int port, String database, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", USER);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "5");
        props.setProperty("loginTimeout", "10");
        props.setProperty("socketTimeout", "30");
        props.setProperty("sslmode", "disable");
        props.setProperty("ApplicationName", "warroom lab");
        return DRIVER.connect("jdbc:postgresql://127.0.0.1:" + port + "/" + database, props);
    }
}
