package dev.warroom.connectors.lab;

import java.util.Arrays;
import java.util.Optional;

/** The lab's processes, named as plans/local-lab.yaml names its resources. */
public enum LabServer {
    PG_PRIMARY("pg-primary", "postgres"),
    PG_STANDBY("pg-standby", "postgres"),
    REDIS_MASTER("redis-master", "redis"),
    REDIS_REPLICA("redis-replica", "redis"),
    WRITER("writer", "heartbeat writer");

    private final String id;
    private final String kind;

    LabServer(String id, String kind) {
        this.id = id;
        this.kind = kind;
    }

    public String id() {
        return id;
    }

    /** The plan's resource kind ({@code postgres}, {@code redis}), or what the process is. */
    public String kind() {
        return kind;
    }

    public static Optional<LabServer> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
