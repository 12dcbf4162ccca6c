package dev.warroom.connectors.postgres;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.ObservedPort;
import dev.warroom.connectors.Reaches;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Reach;
import java.util.Optional;

/**
 * Where a PostgreSQL server is and who to log in as: for self-managed servers from a resource's
 * {@code observe} keys (host, port, database, user, passwordEnv, sslmode); the Azure and AWS families
 * build one for the managed servers they locate. The password itself is only ever read from the
 * environment variable the plan names.
 */
public record PostgresTarget(String host, int port, String database, String user, String passwordEnv, String sslmode) {

    static final int DEFAULT_PORT = 5432;

    static PostgresTarget of(Resource resource) {
        var observe = resource.observe();
        String host = observe.getOrDefault("host", "").strip();
        if (host.isEmpty()) {
            throw new IllegalArgumentException("resource '" + resource.id() + "' has no observe.host");
        }
        return new PostgresTarget(host, ObservedPort.of(resource, DEFAULT_PORT), observe.getOrDefault("database", "postgres").strip(),
                observe.getOrDefault("user", "postgres").strip(), observe.get("passwordEnv"), observe.get("sslmode"));
    }

    public PostgresTarget withDatabase(String other) {
        return other == null || other.isBlank() ? this : new PostgresTarget(host, port, other.strip(), user, passwordEnv, sslmode);
    }

    /** The password from the plan's {@code passwordEnv}, if the plan names one and it is set. */
    Optional<String> password(ConnectorSettings settings) {
        return passwordEnv == null || passwordEnv.isBlank() ? Optional.empty() : settings.get(passwordEnv.strip());
    }

    public Reach reach() {
        return Reaches.forHost(host);
    }

    /** What an action on this resource touches; a resource without a usable address counts as live. */
    static Reach reachOf(Resource resource) {
        try {
            return of(resource).reach();
        } catch (IllegalArgumentException e) {
            return Reach.LIVE;
        }
    }

    String jdbcUrl() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + database;
    }

    /** host:port/database as a commander reads it (no credentials). */
    public String where() {
        return host + ":" + port + "/" + database;
    }

    /** The psql connection a person would type for the same call. */
    String psql() {
        return "psql 'host=" + host + " port=" + port + " dbname=" + database + " user=" + user
                + (sslmode == null ? "" : " sslmode=" + sslmode) + "'";
    }
}
