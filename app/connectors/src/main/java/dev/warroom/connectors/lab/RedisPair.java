package dev.warroom.connectors.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A real Redis master with a replica on 127.0.0.1, from the redis-server that embedded-redis ships.
 * Each server daemonizes itself (its own session, so it outlives the command that started it) and
 * writes a pid file. Nothing is saved to disk; the master sends its data to the replica without delay
 * (diskless sync, delay 0), so the replica links in well under a second.
 */
public final class RedisPair implements AutoCloseable {

    private static final Duration LINKED_WITHIN = Duration.ofSeconds(30);

    private final Path dir;
    private final Path exe;
    private final int masterPort;
    private final int replicaPort;

    private RedisPair(Path dir, int masterPort, int replicaPort) {
        this.dir = dir;
        this.exe = dir.resolve("bin").resolve("redis-server");
        this.masterPort = masterPort;
        this.replicaPort = replicaPort;
    }

    /** The pair already set up in {@code dir} (started or not), for stopping it. */
    static RedisPair at(Path dir, int masterPort, int replicaPort) {
        return new RedisPair(dir, masterPort, replicaPort);
    }

    public static RedisPair start(Path dir, int masterPort, int replicaPort, Consumer<String> progress) {
        RedisPair pair = new RedisPair(dir, masterPort, replicaPort);
        try {
            LabBinaries.unpackRedis(dir.resolve("bin"));
            progress.accept("redis: master on 127.0.0.1:" + masterPort + ", replica on 127.0.0.1:" + replicaPort);
            pair.launch("master", masterPort, List.of("--repl-diskless-sync", "yes", "--repl-diskless-sync-delay", "0"));
            pair.launch("replica", replicaPort, List.of("--replicaof", "127.0.0.1", Integer.toString(masterPort),
                    "--repl-diskless-sync-delay", "0"));
            pair.awaitLink();
            return pair;
        } catch (RuntimeException e) {
            pair.close();
            throw e;
        }
    }

    private void launch(String role, int port, List<String> extra) {
        Path home = dir.resolve("redis-" + role);
        try {
            Files.createDirectories(home);
            Files.createDirectories(dir.resolve("logs"));
        } catch (IOException e) {
            throw new LabException("could not create " + home + ": " + e.getMessage(), e);
        }
        List<String> command = new ArrayList<>(List.of(exe.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--daemonize", "yes", "--pidfile", pidFile(role).toString(), "--dir", home.toString(),
                "--logfile", dir.resolve("logs").resolve("redis-" + role + ".log").toString(), "--save", "", "--appendonly", "no"));
        command.addAll(extra);
        Exec.run("starting the Redis " + role + " on 127.0.0.1:" + port, command, home, Map.of(), Duration.ofSeconds(30), null);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (pid(role).isEmpty() || !answers(port)) {
            if (System.nanoTime() > deadline) {
                throw new LabException("the Redis " + role + " on 127.0.0.1:" + port + " did not come up within 30 s; see "
                        + dir.resolve("logs").resolve("redis-" + role + ".log"));
            }
            Pause.briefly();
        }
    }

    private static boolean answers(int port) {
        try (Jedis jedis = client(port)) {
            return "PONG".equals(jedis.ping());
        } catch (JedisException e) {
            return false;
        }
    }

    private void awaitLink() {
        long deadline = System.nanoTime() + LINKED_WITHIN.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            try (Jedis jedis = client(replicaPort)) {
                last = jedis.info("replication");
                if (last.contains("master_link_status:up")) {
                    return;
                }
            } catch (JedisException e) {
                last = e.getMessage();
            }
            Pause.briefly();
        }
        throw new LabException("the Redis replica on 127.0.0.1:" + replicaPort + " did not link to its master within "
                + LINKED_WITHIN.toSeconds() + " s");
    }

    static Jedis client(int port) {
        return new Jedis(new HostAndPort("127.0.0.1", port), DefaultJedisClientConfig.builder().connectionTimeoutMillis(2000)
                .socketTimeoutMillis(5000).build());
    }

    private Path pidFile(String role) {
        return dir.resolve("redis-" + role + ".pid");
    }

    private OptionalLong pid(String role) {
        try {
            Path file = pidFile(role);
            String text = Files.exists(file) ? Files.readString(file).strip() : "";
            return text.matches("[0-9]+") ? OptionalLong.of(Long.parseLong(text)) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    public int masterPort() {
        return masterPort;
    }

    public int replicaPort() {
        return replicaPort;
    }

    public OptionalLong masterPid() {
        return pid("master");
    }

    public OptionalLong replicaPid() {
        return pid("replica");
    }

    /** Stops one server: SIGTERM (a clean shutdown) or, with {@code crash}, SIGKILL. False if it was not running. */
    boolean stopServer(LabServer server, boolean crash) {
        OptionalLong pid = server == LabServer.REDIS_MASTER ? masterPid() : replicaPid();
        if (pid.isEmpty()) {
            return false;
        }
        return Processes.ours(pid.getAsLong(), Processes.executableUnder(exe.getParent()))
                .map(p -> crash ? Processes.kill(p) : Processes.stop(p)).orElse(false);
    }

    /** Stops both servers, and anything else still running from this pair's redis-server. */
    @Override
    public void close() {
        stopServer(LabServer.REDIS_REPLICA, false);
        stopServer(LabServer.REDIS_MASTER, false);
        for (ProcessHandle left : Processes.running(Processes.executableUnder(exe.getParent()))) {
            Processes.stop(left);
        }
    }

    /** Stops both servers and deletes the pair's files. */
    public void destroy() {
        close();
        Trees.delete(dir);
    }
}
