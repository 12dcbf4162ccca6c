package dev.warroom.connectors.postgres;

import dev.warroom.core.world.ActionExecutor;
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
 * sql.check on self-managed PostgreSQL: runs the query in a READ ONLY transaction that is rolled back,
 * takes the first column of the first row as the result ({@code null} for SQL NULL, {@code (no rows)}
 * for an empty answer) and compares it with {@code expect}.
 */
final class PostgresSqlCheck implements ActionExecutor {

    static final String NO_ROWS = "(no rows)";

    private final PostgresSessions sessions;

    PostgresSqlCheck(PostgresSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Reach reach(ActionRequest request) {
        return request.target().map(PostgresTarget::reachOf).orElse(Reach.LIVE);
    }

    @Override
    public ActionPreview preview(ActionRequest request) {
        PostgresTarget target = target(request);
        String expect = request.params().get("expect");
        return new ActionPreview("Query " + target.where() + (expect == null ? "" : " and expect " + expect.strip()),
                target.psql() + " -c 'BEGIN READ ONLY; " + request.param("query", "").strip() + "; ROLLBACK'",
                List.of("nothing changes: the query runs in a read-only transaction that is rolled back"), target.reach());
    }

    @Override
    public ActionResult execute(ActionRequest request) {
        if (request.target().isEmpty()) {
            return ActionResult.failed("sql.check needs a target PostgreSQL server");
        }
        String query = request.param("query", "");
        Optional<String> refused = ReadOnlyQueries.problem(query);
        if (refused.isPresent()) {
            return ActionResult.failed(refused.get());
        }
        PostgresTarget target;
        try {
            target = target(request);
        } catch (IllegalArgumentException e) {
            return ActionResult.failed(e.getMessage());
        }
        String result;
        try (Connection connection = sessions.open(target, PostgresTimeouts.forAction(request.timeout()))) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                result = firstValue(connection, query);
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

    private static PostgresTarget target(ActionRequest request) {
        return PostgresTarget.of(request.target().orElseThrow()).withDatabase(request.params().get("database"));
    }
}
