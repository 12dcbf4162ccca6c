package dev.warroom.connectors.postgres;

import dev.warroom.core.plan.model.Resource;
import java.util.Optional;

/**
 * How sql.check logs in to a PostgreSQL server a cloud manages (an Azure flexible server, an RDS instance), from the
 * resource's optional observe keys {@code database}, {@code user}, {@code passwordEnv} and {@code sslmode}: database
 * {@code postgres} (present on every such server) unless the plan or the step names another; a user the plan names or
 * the family finds; a password always, from the variable {@code passwordEnv} names; TLS required ({@code sslmode
 * require}) unless the plan says otherwise, since both clouds refuse plain connections by default.
 */
public final class ManagedServerLogin {

    public static final String DEFAULT_DATABASE = "postgres";
    public static final String DEFAULT_SSLMODE = "require";

    private ManagedServerLogin() {
    }

    /**
     * The login to {@code host:port} for sql.check on {@code resource}.
     *
     * @param foundUser the user the family found when the plan names none (RDS: the instance's master user)
     * @param whyNoUser what to tell the user when neither gives one
     * @throws IllegalArgumentException naming the observe key the plan must add
     */
    public static PostgresTarget of(Resource resource, String host, int port, Optional<String> foundUser, String whyNoUser) {
        String user = observed(resource, "user").or(() -> foundUser).orElseThrow(() -> new IllegalArgumentException(
                "sql.check on " + resource.id() + " needs observe.user, the login to connect as: " + whyNoUser));
        String passwordEnv = observed(resource, "passwordEnv").orElseThrow(() -> new IllegalArgumentException(
                "sql.check on " + resource.id() + " needs observe.passwordEnv, the name of the environment variable that holds "
                        + user + "'s password (a managed PostgreSQL server always asks for one)"));
        return new PostgresTarget(host, port, observed(resource, "database").orElse(DEFAULT_DATABASE), user, passwordEnv,
                observed(resource, "sslmode").orElse(DEFAULT_SSLMODE));
    }

    /** An observe key the plan gives, without surrounding blanks. */
    public static Optional<String> observed(Resource resource, String key) {
        return Optional.ofNullable(resource.observe().get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
