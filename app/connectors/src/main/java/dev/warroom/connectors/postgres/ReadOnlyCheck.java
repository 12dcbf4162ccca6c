package dev.warroom.connectors.postgres;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.ExpectedValues;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.Reach;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one sql.check on PostgreSQL, wherever the server is found (self-managed, an Azure flexible server, an RDS
 * instance): runs the query in a READ ONLY transaction that is rolled back, takes the first column of the first
 * row as the result ({@code null} for SQL NULL, {@code (no rows)} for an empty answer) and compares it with
 * {@code expect}. Words name host:port/database and the login, never the password. Thread-safe.
 */
public final class ReadOnlyCheck {

    static final String NO_ROWS = "(no rows)";

    private final PostgresSessions sessions;

    /** A check that reads passwords from the variables plans name, through {@code settings}. */
    public ReadOnlyCheck(ConnectorSettings settings) {
        this(new PostgresSessions(settings));
    }

    ReadOnlyCheck(PostgresSessions sessions) {
        this.sessions = sessions;
    }

    /** The query refused before anything connects (empty, or a function that would change the server), if it is. */
    public static Optional<String> refusal(ActionRequest request) {
        return ReadOnlyQueries.problem(request.param("query", ""));
    }

    public ActionPreview preview(ActionRequest request, PostgresTarget server, Reach reach) {
        PostgresTarget target = server.withDatabase(request.params().get("database"));
        String expect = request.params().get("expect");
        return new ActionPreview("Query " + target.where() + (expect == null ? "" : " and expect " + expect.strip()),
                target.psql() + " -c 'BEGIN READ ONLY; " + request.param("query", "").strip().replaceAll(";+$", "") + "; ROLLBACK'",
                List.of("nothing changes: the query runs in a read-only transaction that is rolled back"), reach);
    }

    /** Runs the request's query on {@code target} (its {@code database} param, when given, picks the database). */
    public ActionResult run(ActionRequest request, PostgresTarget server) {
        PostgresTarget target = server.withDatabase(request.params().get("database"));
        Optional<String> refused = refusal(request);
        if (refused.isPresent()) {
            return ActionResult.failed(refused.get());
        }
        String result;
        try (Connection connection = sessions.open(target, PostgresTimeouts.forAction(request.timeout()))) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                result = firstValue(connection, request.param("query", ""));
            } finally {
                connection.rollback();
            }
        } catch (ProbeException e) {
            return ActionResult.failed("could not query: " + e.getMessage());
        } catch (SQLException e) {
            return ActionResult.failed(PostgresFailures.classify(target, e).getMessage());
        }
        Map<String, String> outputs = Map.of("result", result);
        String expect = request.params().get("expect");
        if (expect != null && !ExpectedValues.matches(result, expect)) {
            return new ActionResult(false, target.where() + " returned " + result + ", expected " + expect.strip(), outputs);
        }
        return ActionResult.ok(target.where() + " returned " + result, outputs);
    }

    private static String firstValue(Connection connection, String query) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.setMaxRows(1);
            if (!st.execute(query)) {
                return NO_ROWS;
            }
            try (ResultSet rs = st.getResultSet()) {
                if (!rs.next()) {
                    return NO_ROWS;
                }
                String value = rs.getString(1);
                return value == null ? "null" : value;
            }
        }
    }
}
