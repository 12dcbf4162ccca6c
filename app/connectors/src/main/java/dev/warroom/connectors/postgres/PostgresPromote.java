package dev.warroom.connectors.postgres;

import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.Reach;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * database.promote on a self-managed PostgreSQL standby: {@code SELECT pg_promote(true, N)}, which
 * returns once the server has left recovery or N seconds have passed. A server already out of
 * recovery is left alone.
 */
final class PostgresPromote implements ActionExecutor {

    private final PostgresSessions sessions;

    PostgresPromote(PostgresSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Reach reach(ActionRequest request) {
        return request.target().map(PostgresTarget::reachOf).orElse(Reach.LIVE);
    }

    @Override
    public ActionPreview preview(ActionRequest request) {
        PostgresTarget target = PostgresTarget.of(request.target().orElseThrow());
        return new ActionPreview("Promote the PostgreSQL standby " + target.where() + " to a writable primary",
                target.psql() + " -c 'SELECT pg_promote(wait => true, wait_seconds => " + waitSeconds(request) + ")'",
                List.of(target.where() + " leaves recovery, starts a new timeline and accepts writes",
                        "it stops streaming from its primary; writes still reaching the old primary are not copied to it",
                        "a promotion cannot be undone: the old primary has to be rebuilt as a standby of this server"),
                target.reach());
    }

    @Override
    public ActionResult execute(ActionRequest request) {
        if (request.target().isEmpty()) {
            return ActionResult.failed("database.promote needs a target PostgreSQL server");
        }
        PostgresTarget target;
        try {
            target = PostgresTarget.of(request.target().get());
        } catch (IllegalArgumentException e) {
            return ActionResult.failed(e.getMessage());
        }
        try (Connection connection = sessions.open(target, PostgresTimeouts.forAction(request.timeout()))) {
            if (!PostgresProbe.inRecovery(connection)) {
                return ActionResult.ok(target.where() + " is already a primary (not in recovery); nothing was changed",
                        Map.of("promoted", "false", "timeline", Integer.toString(PrimaryReading.read(connection).timeline())));
            }
            int wait = waitSeconds(request);
            boolean promoted;
            try (PreparedStatement st = connection.prepareStatement("SELECT pg_promote(true, ?)")) {
                st.setInt(1, wait);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    promoted = rs.getBoolean(1);
                }
            }
            if (!promoted) {
                return ActionResult.failed("pg_promote on " + target.where() + " did not finish within " + wait
                        + " s; the server may still be promoting");
            }
            PrimaryReading now = PrimaryReading.read(connection);
            return ActionResult.ok("promoted " + target.where() + ": it accepts writes on timeline " + now.timeline(),
                    Map.of("promoted", "true", "timeline", Integer.toString(now.timeline()), "wal", now.wal()));
        } catch (ProbeException e) {
            return ActionResult.failed("could not promote: " + e.getMessage());
        } catch (SQLException e) {
            return ActionResult.failed("could not promote: " + PostgresFailures.classify(target, e).getMessage());
        }
    }

    /** pg_promote waits at most the step's timeout, leaving a few seconds to connect and report. */
    private static int waitSeconds(ActionRequest request) {
        int total = PostgresTimeouts.seconds(PostgresTimeouts.forAction(request.timeout()).statement());
        return Math.max(1, Math.min(total - 5, 3600));
    }
}
