package dev.warroom.core.sim;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * database.promote: the provider accepts in a few seconds; the replica stops replicating at once and
 * becomes a standalone primary 60–120 s after the start.
 */
final class DatabasePromote extends SimAction {

    DatabasePromote(SimContext ctx) {
        super(ctx, "database.promote");
    }

    @Override
    protected Outcome apply(ActionRequest request, Optional<SimResource> target, Instant t) {
        SimResource r = target.orElseThrow();
        return Promoting.start(ctx, r, t, pick(request, t, "accept", Duration.ofSeconds(3), Duration.ofSeconds(8)),
                pick(request, t, "flip", Duration.ofSeconds(60), Duration.ofSeconds(120)), "a standalone primary");
    }

    @Override
    protected Draft draft(ActionRequest request) {
        Resource db = request.target().orElseThrow();
        String mode = request.params().get("mode");
        String call = switch (db.kind()) {
            case "azure-postgres-flexible" -> "az postgres flexible-server replica promote" + Calls.azureScope(db)
                    + Calls.flag("--name", Calls.observed(db, "name", db.id()))
                    + (mode == null ? "" : " --promote-mode standalone --promote-option " + Calls.quoted(mode));
            case "aws-rds" -> "aws rds promote-read-replica" + Calls.flag("--db-instance-identifier", Calls.observed(db, "instance", db.id()))
                    + Calls.awsScope(db);
            default -> "psql " + Calls.quoted("host=" + Calls.observed(db, "host", db.id()) + " port=" + Calls.observed(db, "port", "5432")
                    + " dbname=" + Calls.observed(db, "database", "postgres")) + " -c 'SELECT pg_promote()'";
        };
        return new Draft("Promote " + request.targetName() + " to a standalone, writable primary", call, Promoting.changes(ctx, db));
    }
}
