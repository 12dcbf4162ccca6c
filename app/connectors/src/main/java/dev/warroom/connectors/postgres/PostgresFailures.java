package dev.warroom.connectors.postgres;

import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Sorts what the PostgreSQL driver threw into the board's failures, keeping the server's own words.
 * Neither the server nor the driver puts the password into a message, and neither do we.
 */
final class PostgresFailures {

    private PostgresFailures() {
    }

    static ProbeException classify(PostgresTarget target, SQLException e) {
        String words = target.where() + ": " + firstLine(e.getMessage());
        return new ProbeException(failure(e), words, e);
    }

    static ProbeFailure failure(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("28P01") || state.equals("28000") || state.equals("08004")) {
            return ProbeFailure.AUTH_FAILED;
        }
        if (state.equals("57014") || causedBy(e, SocketTimeoutException.class) || mentionsTimeout(e)) {
            return ProbeFailure.TIMEOUT;
        }
        if (state.equals("57P03") || state.startsWith("08") || causedBy(e, ConnectException.class)
                || causedBy(e, NoRouteToHostException.class) || causedBy(e, UnknownHostException.class)) {
            return ProbeFailure.UNREACHABLE;
        }
        return ProbeFailure.ERROR;
    }

    /** The driver's own "Connection attempt timed out." when the login timeout passes. */
    private static boolean mentionsTimeout(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return message.contains("timed out") || message.contains("timeout");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "(no message)";
        }
        return message.strip().lines().findFirst().orElse(message).strip();
    }
}
