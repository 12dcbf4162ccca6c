package dev.warroom.core.sim;

import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.ReplicationRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * sql.check: answers a read-only query from the simulated state — recovery status by role, row counts
 * that never drop on promotion, replay lag, the time — and compares with {@code expect}.
 */
final class SqlCheck extends SimAction {

    private static final Pattern WRITES = Pattern.compile(
            "\\b(insert|update|delete|drop|alter|create|truncate|grant|revoke|pg_promote|copy|vacuum)\\b");
    private static final Pattern SELECT_ONE = Pattern.compile("^\\s*select\\s+1\\s*;?\\s*$");

    SqlCheck(SimContext ctx) {
        super(ctx, "sql.check");
    }

    @Override
    protected Optional<String> paramProblem(ActionRequest request) {
        if (WRITES.matcher(request.params().get("query").toLowerCase(Locale.ROOT)).find()) {
            return Optional.of("sql.check runs read-only queries; this one would change the database");
        }
        return Optional.empty();
    }

    @Override
    protected Outcome apply(ActionRequest request, Optional<SimResource> target, Instant t) {
        SimResource db = target.orElseThrow();
        if (ctx.state().fault(FaultKind.RESOURCE_DOWN, db, t).isPresent()) {
            return Outcome.failed(Duration.ofSeconds(1), "could not connect: " + ProviderWords.refused(db));
        }
        String query = request.params().get("query");
        String result = answer(db, query, t);
        Duration took = pick(request, t, "query", Duration.ofMillis(50), Duration.ofMillis(800));
        Map<String, String> outputs = Map.of("result", result);
        String expect = request.params().get("expect");
        if (expect != null && !dev.warroom.core.world.ExpectedValues.matches(result, expect)) {
            return new Outcome(new ActionResult(false, "the query returned " + result + ", expected " + expect.strip(), outputs), took);
        }
        return Outcome.ok(took, "the query returned " + result, outputs);
    }

    private String answer(SimResource db, String query, Instant t) {
        String q = query.toLowerCase(Locale.ROOT);
        if (q.contains("pg_is_in_recovery")) {
            return db.role.at(t) == ReplicationRole.REPLICA ? "t" : "f";
        }
        if (q.contains("count(")) {
            return Long.toString(ctx.reading().rows(db, query, t));
        }
        if (q.contains("replay_lag") || q.contains("pg_last_xact_replay_timestamp")) {
            return ctx.reading().lag(db, t).map(Words::lag).orElse("null");
        }
        if (q.contains("now()") || q.contains("current_timestamp")) {
            return t.toString();
        }
        if (SELECT_ONE.matcher(q).matches()) {
            return "1";
        }
        return "ok";
    }

    @Override
    protected Draft draft(ActionRequest request) {
        Resource db = request.target().orElseThrow();
        String database = request.param("database", Calls.observed(db, "database", "postgres"));
        String host = switch (db.kind()) {
            case "azure-postgres-flexible" -> Calls.observed(db, "name", db.id()) + ".postgres.database.azure.com";
            case "aws-rds" -> Calls.observed(db, "instance", db.id()) + " (RDS endpoint)";
            default -> Calls.observed(db, "host", db.id()) + " port=" + Calls.observed(db, "port", "5432");
        };
        String call = "psql " + Calls.quoted("host=" + host + " dbname=" + database) + " -c " + Calls.quoted(request.params().get("query"));
        String expect = request.params().get("expect");
        return new Draft("Query " + request.targetName() + (expect == null ? "" : " and expect " + expect), call,
                List.of("nothing changes: a read-only query"));
    }
}
