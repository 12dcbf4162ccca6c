package dev.warroom.connectors.lab;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** The loopback ports of the lab's four servers; each standby or replica listens one above its primary. */
public record LabPorts(int pgPrimary, int pgStandby, int redisMaster, int redisReplica) {

    public static final int PG_DEFAULT = 15432;
    public static final int REDIS_DEFAULT = 16379;

    public LabPorts {
        for (int port : new int[] {pgPrimary, pgStandby, redisMaster, redisReplica}) {
            if (port < 1 || port > 65535) {
                throw new LabException("port " + port + " is not a TCP port (1-65535)");
            }
        }
        if (List.of(pgPrimary, pgStandby, redisMaster, redisReplica).stream().distinct().count() < 4) {
            throw new LabException("the lab needs four different ports, not " + pgPrimary + ", " + pgStandby + ", " + redisMaster + ", "
                    + redisReplica);
        }
    }

    /** The ports plans/local-lab.yaml expects: 15432/15433 and 16379/16380. */
    public static LabPorts standard() {
        return of(PG_DEFAULT, REDIS_DEFAULT);
    }

    public static LabPorts of(int pgPrimary, int redisMaster) {
        return new LabPorts(pgPrimary, pgPrimary + 1, redisMaster, redisMaster + 1);
    }

    public int port(LabServer server) {
        return switch (server) {
            case PG_PRIMARY -> pgPrimary;
            case PG_STANDBY -> pgStandby;
            case REDIS_MASTER -> redisMaster;
            case REDIS_REPLICA -> redisReplica;
            case WRITER -> 0;
        };
    }

    /** Ports something else already listens on at 127.0.0.1. */
    public List<Integer> busy() {
        List<Integer> busy = new ArrayList<>();
        for (int port : new int[] {pgPrimary, pgStandby, redisMaster, redisReplica}) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            } catch (IOException e) {
                busy.add(port);
            }
        }
        return busy;
    }
}
