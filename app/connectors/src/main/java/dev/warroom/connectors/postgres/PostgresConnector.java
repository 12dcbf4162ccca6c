package dev.warroom.connectors.postgres;

import dev.warroom.connectors.ActionKey;
import dev.warroom.connectors.Connector;
import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.Probe;
import java.util.Map;
import java.util.Set;

/** Self-managed PostgreSQL over JDBC: the {@code postgres} probe, database.promote and sql.check on it. */
public final class PostgresConnector implements Connector {

    public static final String KIND = "postgres";

    private final PostgresSessions sessions;

    public PostgresConnector(ConnectorSettings settings) {
        this.sessions = new PostgresSessions(settings);
    }

    @Override
    public Footprint footprint(Resource resource) {
        return PostgresFootprint.of(resource);
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public String identity() {
        return "each plan's observe.user, with the password from the variable its observe.passwordEnv names";
    }

    @Override
    public Map<String, Probe> probes() {
        return Map.of(KIND, new PostgresProbe(sessions));
    }

    @Override
    public Map<ActionKey, ActionExecutor> executors() {
        return Map.of(ActionKey.of("database.promote", KIND), new PostgresPromote(sessions),
                ActionKey.of("sql.check", KIND), new PostgresSqlCheck(sessions));
    }

    @Override
    public Map<ActionKey, Set<String>> paramsRead() {
        return Map.of(ActionKey.of("database.promote", KIND), Set.of(),
                ActionKey.of("sql.check", KIND), Set.of("query", "expect", "database"));
    }
}
