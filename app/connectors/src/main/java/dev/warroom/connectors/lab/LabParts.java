package dev.warroom.connectors.lab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Where the pieces of one lab are, and how its processes are recognised by pid. */
record LabParts(Path dir, LabState state) {

    static final String LOGS = "logs";
    static final String REDIS = "redis";
    static final String POSTGRES = "postgres";

    Path logs() {
        return dir.resolve(LOGS);
    }

    Path redisDir() {
        return dir.resolve(REDIS);
    }

    /** What makes a live pid this lab's process: its executable (servers) or its arguments (writer). */
    Predicate<ProcessHandle> identity(LabServer server) {
        return switch (server) {
            case PG_PRIMARY, PG_STANDBY -> Processes.executableUnder(state.postgresHome().resolve("bin"));
            case REDIS_MASTER, REDIS_REPLICA -> Processes.executableUnder(redisDir().resolve("bin"));
            case WRITER -> WriterLauncher.identity(state.id());
        };
    }

    boolean running(LabServer server) {
        return Processes.ours(state.pid(server), identity(server)).isPresent();
    }

    /** "pg-primary pid 123" for every process of the lab that runs. */
    List<String> runningNames() {
        List<String> running = new ArrayList<>();
        for (LabServer s : LabServer.values()) {
            if (running(s)) {
                running.add(s.id() + " pid " + state.pid(s));
            }
        }
        return running;
    }

    PostgresPair postgres() {
        return PostgresPair.at(state.postgresHome(), state.ports().pgPrimary(), state.ports().pgStandby());
    }

    RedisPair redis() {
        return RedisPair.at(redisDir(), state.ports().redisMaster(), state.ports().redisReplica());
    }
}
