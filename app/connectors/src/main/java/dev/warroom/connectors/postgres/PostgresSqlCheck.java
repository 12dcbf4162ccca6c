package dev.warroom.connectors.postgres;

import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Reach;
import java.util.Optional;

/** sql.check on self-managed PostgreSQL: the server its observe keys name, checked by {@link ReadOnlyCheck}. */
final class PostgresSqlCheck implements ActionExecutor {

    private final ReadOnlyCheck check;

    PostgresSqlCheck(PostgresSessions sessions) {
        this.check = new ReadOnlyCheck(sessions);
    }

    @Override
    public Reach reach(ActionRequest request) {
        return request.target().map(PostgresTarget::reachOf).orElse(Reach.LIVE);
    }

    @Override
    public ActionPreview preview(ActionRequest request) {
        PostgresTarget target = target(request);
        return check.preview(request, target, target.reach());
    }

    @Override
    public ActionResult execute(ActionRequest request) {
        if (request.target().isEmpty()) {
            return ActionResult.failed("sql.check needs a target PostgreSQL server");
        }
        Optional<String> refused = ReadOnlyCheck.refusal(request);
        if (refused.isPresent()) {
            return ActionResult.failed(refused.get());
        }
        try {
            return check.run(request, target(request));
        } catch (IllegalArgumentException e) {
            return ActionResult.failed(e.getMessage());
        }
    }

    private static PostgresTarget target(ActionRequest request) {
        return PostgresTarget.of(request.target().orElseThrow());
    }
}
