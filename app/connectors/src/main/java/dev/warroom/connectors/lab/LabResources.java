package dev.warroom.connectors.lab;

import dev.warroom.core.plan.model.Resource;
import java.util.Map;

/** The lab's servers as plans/local-lab.yaml describes them (same ids, kinds and observe keys), for probing them. */
public final class LabResources {

    /** The variable plans/local-lab.yaml names for the PostgreSQL password. */
    public static final String PASSWORD_ENV = "WARROOM_LAB_PG_PASSWORD";
    /** The variable plans/local-lab.yaml's team channel reads its webhook from. */
    public static final String WEBHOOK_ENV = "WARROOM_LAB_WEBHOOK";

    /** The lab's own chat webhook on loopback (served by the heartbeat writer). */
    public static String chatUrl(LabPorts ports) {
        return LabChatSink.url(ports);
    }

    private LabResources() {
    }

    public static Resource resource(LabServer server, LabPorts ports) {
        String port = Integer.toString(ports.port(server));
        return switch (server) {
            case PG_PRIMARY, PG_STANDBY -> new Resource(server.id(), "postgres", server.id(), null, null, null,
                    Map.of("host", "127.0.0.1", "port", port, "database", LabJdbc.DATABASE, "user", LabJdbc.USER, "passwordEnv", PASSWORD_ENV,
                            "sslmode", "disable"), Map.of());
            case REDIS_MASTER, REDIS_REPLICA -> new Resource(server.id(), "redis", server.id(), null, null, null,
                    Map.of("host", "127.0.0.1", "port", port), Map.of());
            case WRITER -> throw new IllegalArgumentException("the heartbeat writer is not a resource of the plan");
        };
    }
}
