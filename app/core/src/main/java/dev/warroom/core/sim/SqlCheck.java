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
import java.util.regex.Matcher;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * sql.check: answers a read-only query as PostgreSQL would from the simulated server's state (see
 * {@link SqlQuery}: recovery status, WAL positions, row counts that never drop on promotion, the
 * newest row, the time), fails as PostgreSQL would where it refuses, falls back to a best guess from
 * the query's words where the query goes beyond what is simulated, and compares with {@code expect}.
 */
final class SqlCheck extends SimAction {

    private static final Pattern WRITES = Pattern.compile(
            "\\b(insert|update|delete|drop|alter|create|truncate|grant|revoke|pg_promote|copy|vacuum)\\b");
    private static final Pattern COUNT_FROM = Pattern.compile("count\\([^)]*\\).*?\\bfrom\\s+([a-z_][a-z0-9_.]*)", Pattern.DOTALL);

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
        Duration took = pick(request, t, "query", Duration.ofMillis(50), Duration.ofMillis(800));
        String result;
        try {
            result = SqlQuery.answer(query, new DatabaseFacts(ctx.state(), ctx.reading(), ctx.random(), db, t));
        } catch (SqlQuery.Failed refused) {
            return new Outcome(new ActionResult(false, refused.getMessage(), Map.of()), took);
        } catch (SqlQuery.Unanswerable beyondTheSimulation) {
            result = guess(db, query, t);
        }
        Map<String, String> outputs = Map.of("result", result);
        String expect = request.params().get("expect");
        if (expect != null && !dev.warroom.core.world.ExpectedValues.matches(result, expect)) {
            return new Outcome(new ActionResult(false, "the query returned " + result + ", expected " + expect.strip(), outputs), took);
        }
        return Outcome.ok(took, "the query returned " + result, outputs);
    }

    /** An answer from the query's words, for queries beyond what {@link SqlQuery} works out. */
    private String guess(SimResource db, String query, Instant t) {
        String q = query.toLowerCase(Locale.ROOT);
        if (q.contains("pg_is_in_recovery")) {
            return db.role.at(t) == ReplicationRole.REPLICA ? "t" : "f";
        }
        Matcher counted = COUNT_FROM.matcher(q);
        if (counted.find()) {
            return Long.toString(new DatabaseFacts(ctx.state(), ctx.reading(), ctx.random(), db, t).rows(counted.group(1)));
        }
        if (q.contains("replay_lag") || q.contains("pg_last_xact_replay_timestamp")) {
            return ctx.reading().lag(db, t).map(Words::lag).orElse("null");
        }
        if (q.contains("now()") || q.contains("current_timestamp")) {
            return t.toString();
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
