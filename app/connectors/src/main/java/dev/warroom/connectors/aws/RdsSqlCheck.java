package dev.warroom.connectors.aws;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.ObservedPort;
import dev.warroom.connectors.Reaches;
import dev.warroom.connectors.postgres.ManagedServerLogin;
import dev.warroom.connectors.postgres.PostgresTarget;
import dev.warroom.connectors.postgres.ReadOnlyCheck;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.ConnectCheck;
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import dev.warroom.core.world.Reach;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.Endpoint;

/**
 * sql.check on aws-rds (RDS for PostgreSQL): logs in to the instance itself. Where the plan leaves out
 * {@code observe.host} or {@code observe.user}, DescribeDBInstances gives them (Endpoint.Address and Port, the
 * MasterUsername); {@code observe.port} overrides the port. The login follows {@link ManagedServerLogin}. The
 * connection to the database is asked of the {@link ConnectCheck} first: in a DRILL an endpoint RDS names must lie
 * inside the drill environment. Thread-safe.
 */
final class RdsSqlCheck implements ActionExecutor {

    static final int PORT = 5432;

    private final AwsClients clients;
    private final ReadOnlyCheck check;

    RdsSqlCheck(AwsClients clients, ConnectorSettings settings) {
        this.clients = clients;
        this.check = new ReadOnlyCheck(settings);
    }

    /** Whether RDS must be asked: the plan does not say where the instance listens, or as whom to log in. */
    private static boolean asksRds(Resource db) {
        return ManagedServerLogin.observed(db, "host").isEmpty() || ManagedServerLogin.observed(db, "user").isEmpty();
    }

    /** The plan's host and port when it names them, and the AWS account when RDS must be asked; unknown if the port is not one. */
    Footprint footprintOf(Resource db) {
        Footprint api = AwsFootprint.of(clients.settings(), db);
        Optional<String> host = ManagedServerLogin.observed(db, "host");
        if (host.isEmpty()) {
            return api;
        }
        try {
            Footprint server = Footprint.host(host.get(), ObservedPort.of(db, PORT));
            return asksRds(db) ? server.and(api) : server;
        } catch (IllegalArgumentException e) {
            return Footprint.unknown(e.getMessage());
        }
    }

    @Override
    public Footprint footprint(ActionRequest request) {
        return request.target().map(this::footprintOf).orElseGet(() -> Footprint.unknown("sql.check needs a target RDS instance"));
    }

    /** A host the plan names is judged by its address; an endpoint only RDS can name is taken as live. */
    @Override
    public Reach reach(ActionRequest request) {
        Optional<Resource> db = request.target();
        Optional<String> host = db.flatMap(r -> ManagedServerLogin.observed(r, "host"));
        if (host.isEmpty()) {
            return Reach.LIVE;
        }
        Reach server = Reaches.forHost(host.get());
        return asksRds(db.get()) && clients.settings().reach() == Reach.LIVE ? Reach.LIVE : server;
    }

    @Override
    public ActionPreview preview(ActionRequest request) {
        Optional<Resource> db = request.target();
        if (db.isEmpty()) {
            return new ActionPreview("Cannot run sql.check: it needs a target RDS instance", "(none)", List.of(), Reach.LIVE);
        }
        String instance = ManagedServerLogin.observed(db.get(), "instance").orElse(db.get().id());
        try {
            String host = ManagedServerLogin.observed(db.get(), "host").orElse("<endpoint of " + instance + ">");
            int port = ObservedPort.of(db.get(), PORT);
            PostgresTarget target = ManagedServerLogin.of(db.get(), host, port, Optional.of("<master user of " + instance + ">"), "");
            ActionPreview check = this.check.preview(request, target, reach(request));
            String lookup = asksRds(db.get()) ? "rds:DescribeDBInstances DBInstanceIdentifier=" + instance
                    + " for its endpoint and master user, then\n" : "";
            return new ActionPreview(check.summary(), lookup + check.call(), check.changes(), check.reach());
        } catch (IllegalArgumentException e) {
            return new ActionPreview("Cannot run sql.check: " + e.getMessage(), "(none)", List.of(), reach(request));
        }
    }

    @Override
    public ActionResult execute(ActionRequest request) {
        return execute(request, ConnectCheck.ANY);
    }

    @Override
    public ActionResult execute(ActionRequest request, ConnectCheck allowed) {
        if (request.target().isEmpty()) {
            return ActionResult.failed("sql.check needs a target RDS instance");
        }
        Resource db = request.target().get();
        PostgresTarget target;
        try {
            target = target(db);
        } catch (IllegalArgumentException | ProbeException e) {
            return ActionResult.failed(e.getMessage());
        }
        if (!allowed.allows(target.host(), target.port())) {
            return ActionResult.failed("refused in DRILL: " + target.host() + ":" + target.port() + ", where " + db.id()
                    + " accepts connections, lies outside the drill environment; nothing connected to it");
        }
        return check.run(request, target);
    }

    private PostgresTarget target(Resource db) throws ProbeException {
        Optional<DBInstance> found = asksRds(db) ? Optional.of(describe(db)) : Optional.empty();
        Optional<String> host = ManagedServerLogin.observed(db, "host");
        int port = ObservedPort.of(db, found.map(d -> d.endpoint().port()).orElse(PORT));
        return ManagedServerLogin.of(db, host.orElseGet(() -> found.orElseThrow().endpoint().address()), port,
                found.map(DBInstance::masterUsername).filter(u -> !u.isBlank()), "RDS names no master user for it");
    }

    /** The instance as RDS describes it, with an endpoint to connect to. */
    private DBInstance describe(Resource db) throws ProbeException {
        String instance;
        DBInstance found;
        try {
            instance = AwsScope.required(db, "instance");
            found = RdsProbe.describe(clients, AwsScope.of(db), instance, AwsClients.Use.ACTION);
        } catch (ProbeException e) {
            throw new ProbeException(e.failure(), "sql.check on " + db.id() + " could not learn from RDS where to connect: "
                    + e.getMessage(), e);
        } catch (SdkException e) {
            throw new ProbeException(ProbeFailure.ERROR, "sql.check on " + db.id()
                    + " could not learn from RDS where to connect: " + AwsWords.firstLine(e.getMessage()), e);
        }
        Endpoint endpoint = found.endpoint();
        if (endpoint == null || endpoint.address() == null || endpoint.address().isBlank()) {
            throw new ProbeException(ProbeFailure.UNREACHABLE, "sql.check on " + db.id() + ": RDS gives no endpoint for "
                    + instance + " (status " + found.dbInstanceStatus() + "), so it accepts no connections yet; or name observe.host");
        }
        return found;
    }
}
