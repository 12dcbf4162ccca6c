package dev.warroom.connectors.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The lab's steady trickle of writes, so that replication lag is real: a row into {@code heartbeat}
 * on the PostgreSQL primary and an {@code INCR lab:heartbeats} on the Redis master, ten times a
 * second. It runs as its own small JVM, started detached by `warroom lab up`, and keeps writing after
 * that command exits. When a primary stops answering it retries every second and says so in its log;
 * it always writes to the lab's original primaries (after a failover, as an application that was not
 * re-pointed would). It exits when `lab down` stops it, or by itself once its lab is gone.
 */
public final class HeartbeatWriter {

    static final String PID_FILE = "writer.pid";
    private static final long EVERY_MILLIS = 100;
    private static final long RETRY_MILLIS = 1000;
    private static final long LAB_CHECK_MILLIS = 2000;

    private final Path dir;
    private final String labId;
    private final LabPorts ports;
    private final String password;
    private Connection postgres;
    private Jedis redis;
    private String postgresProblem = "";
    private String redisProblem = "";
    private long rows;

    private HeartbeatWriter(Path dir, String labId, LabPorts ports, String password) {
        this.dir = dir;
        this.labId = labId;
        this.ports = ports;
        this.password = password;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: HeartbeatWriter LAB_DIRECTORY LAB_ID");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Optional<LabState> state = LabState.load(dir);
        if (state.isEmpty() || !state.get().id().equals(args[1])) {
            System.err.println("no lab " + args[1] + " in " + dir + "; nothing to write to");
            System.exit(1);
        }
        String password = Files.readString(dir.resolve(LabState.PASSWORD_FILE)).strip();
        new HeartbeatWriter(dir, args[1], state.get().ports(), password).run();
    }

    private void run() throws IOException, InterruptedException {
        try {
            LabChatSink.start(ports, dir.resolve("logs"));
            say("team chat for drills: " + LabChatSink.url(ports) + " (messages go to logs/" + LabChatSink.LOG + ")");
        } catch (IOException e) {
            say("no lab chat: port " + LabChatSink.port(ports) + " is not free (" + e.getMessage() + ")");
        }
        say("writing a heartbeat every " + EVERY_MILLIS + " ms to PostgreSQL 127.0.0.1:" + ports.pgPrimary() + " (table heartbeat) and Redis 127.0.0.1:"
                + ports.redisMaster() + " (INCR lab:heartbeats)");
        long nextLabCheck = 0;
        boolean announced = false;
        while (true) {
            long now = System.currentTimeMillis();
            if (now >= nextLabCheck) {
                if (!labStillHere()) {
                    say("the lab " + labId + " is gone from " + dir + "; stopping after " + rows + " rows");
                    return;
                }
                nextLabCheck = now + LAB_CHECK_MILLIS;
            }
            boolean wrotePostgres = writePostgres();
            writeRedis();
            if (wrotePostgres && !announced) {
                announcePid();
                announced = true;
            }
            Thread.sleep(wrotePostgres ? EVERY_MILLIS : RETRY_MILLIS);
        }
    }

    private boolean writePostgres() {
        try {
            if (postgres == null) {
                postgres = LabJdbc.connect(ports.pgPrimary(), LabJdbc.DATABASE, password);
            }
            try (Statement st = postgres.createStatement()) {
                st.executeUpdate("INSERT INTO heartbeat DEFAULT VALUES");
            }
            rows++;
            recovered("PostgreSQL", postgresProblem);
            postgresProblem = "";
            return true;
        } catch (SQLException e) {
            postgresProblem = problem("PostgreSQL 127.0.0.1:" + ports.pgPrimary(), postgresProblem, e.getMessage());
            closePostgres();
            return false;
        }
    }

    private void writeRedis() {
        try {
            if (redis == null) {
                redis = RedisPair.client(ports.redisMaster());
            }
            redis.incr("lab:heartbeats");
            redis.set("lab:heartbeat:last", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
            recovered("Redis", redisProblem);
            redisProblem = "";
        } catch (JedisException e) {
            redisProblem = problem("Redis 127.0.0.1:" + ports.redisMaster(), redisProblem, e.getMessage());
            if (redis != null) {
                redis.close();
            }
            redis = null;
        }
    }

    /** Logs a failure once, not on every retry. */
    private String problem(String where, String before, String message) {
        String now = where + ": " + (message == null ? "failed" : message.strip().lines().findFirst().orElse("failed"));
        if (!now.equals(before)) {
            say(now + "; retrying every second");
        }
        return now;
    }

    private void recovered(String what, String before) {
        if (!before.isEmpty()) {
            say(what + " answers again");
        }
    }

    private void closePostgres() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (SQLException ignored) {
                // the connection is already broken
            }
        }
        postgres = null;
    }

    private boolean labStillHere() {
        try {
            return LabState.load(dir).map(s -> s.id().equals(labId)).orElse(false);
        } catch (LabException e) {
            return false;
        }
    }

    /** Written once the first row is in: `lab up` waits for it to know the writer works. */
    private void announcePid() throws IOException {
        Path partial = dir.resolve(PID_FILE + ".partial");
        Files.writeString(partial, Long.toString(ProcessHandle.current().pid()));
        Files.move(partial, dir.resolve(PID_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void say(String line) {
        System.out.println(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + line);
        System.out.flush();
    }
}
