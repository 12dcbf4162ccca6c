package dev.warroom.connectors.azure.postgres;

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
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.Reach;
import java.util.List;
import java.util.Optional;

/**
 * sql.check on azure-postgres-flexible: logs in to the server itself, never through Resource Manager, so it works
 * while Azure's control plane is impaired. The server is the plan's {@code observe.host}, else
 * {@code <name>.postgres.database.azure.com}, on {@code observe.port} (5432); the login follows
 * {@link ManagedServerLogin}, and {@code observe.user} is required: Azure has no default login. Thread-safe.
 */
public final class FlexibleServerSqlCheck implements ActionExecutor {

    static final String AZURE_DOMAIN = ".postgres.database.azure.com";
    static final int PORT = 5432;
    private static final String NO_DEFAULT_USER = "Azure has no default login (name the server's administrator login, "
            + "or better a role that may only read)";

    private final ReadOnlyCheck check;

    public FlexibleServerSqlCheck(ConnectorSettings settings) {
        this.check = new ReadOnlyCheck(settings);
    }

    /** Where the check connects for {@code server}. @throws IllegalArgumentException naming the observe key the plan lacks */
    static PostgresTarget target(Resource server) {
        String host = ManagedServerLogin.observed(server, "host")
                .or(() -> ManagedServerLogin.observed(server, "name").map(name -> name + AZURE_DOMAIN))
                .orElseThrow(() -> new IllegalArgumentException("sql.check on " + server.id()
                        + " needs observe.host, or observe.name to connect to <name>" + AZURE_DOMAIN));
        return ManagedServerLogin.of(server, host, ObservedPort.of(server, PORT), Optional.empty(), NO_DEFAULT_USER);
    }

    /** The server's host and port; a plan that cannot name them is unknown, which no DRILL admits. */
    public static Footprint footprintOf(Resource server) {
        try {
            PostgresTarget target = target(server);
            return Footprint.host(target.host(), target.port());
        } catch (IllegalArgumentException e) {
            return Footprint.unknown(e.getMessage());
        }
    }

    @Override
    public Reach reach(ActionRequest request) {
        try {
            return request.target().map(FlexibleServerSqlCheck::target).map(t -> Reaches.forHost(t.host())).orElse(Reach.LIVE);
        } catch (IllegalArgumentException e) {
            return Reach.LIVE;
        }
    }

    @Override
    public Footprint footprint(ActionRequest request) {
        return request.target().map(FlexibleServerSqlCheck::footprintOf).orElseGet(() -> Footprint.unknown("sql.check needs a target server"));
    }

    @Override
    public ActionPreview preview(ActionRequest request) {
        try {
            PostgresTarget target = target(request.target().orElseThrow(() -> new IllegalArgumentException("sql.check needs a target server")));
            return check.preview(request, target, Reaches.forHost(target.host()));
        } catch (IllegalArgumentException e) {
            return new ActionPreview("Cannot run sql.check: " + e.getMessage(), "(none)", List.of(), Reach.LIVE);
        }
    }

    @Override
    public ActionResult execute(ActionRequest request) {
        if (request.target().isEmpty()) {
            return ActionResult.failed("sql.check needs a target Azure flexible server");
        }
        PostgresTarget target;
        try {
            target = target(request.target().get());
        } catch (IllegalArgumentException e) {
            return ActionResult.failed(e.getMessage());
        }
        return check.run(request, target);
    }
}
