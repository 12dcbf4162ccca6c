package dev.warroom.connectors.lab;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.postgres.PostgresConnector;
import dev.warroom.connectors.redis.RedisConnector;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The local lab: a real failover on this machine. {@link #up} starts, on 127.0.0.1, a PostgreSQL
 * primary with a streaming standby, a Redis master with a replica and a detached heartbeat writer;
 * {@link #status} reads each server's role, lag and link with the same probes a drill uses;
 * {@link #stop} stops one server abruptly (a drill's failure); {@link #down} stops everything it
 * started, checks by pid that nothing is left and removes the lab's files except its logs.
 */
public final class Lab {

    private static final String LOGS = "logs";
    private static final String REDIS = "redis";

    private final Path dir;

    public Lab(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** {@code ~/.warroom/lab}. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), ".warroom", "lab");
    }

    public Path directory() {
        return dir;
    }

    public Path passwordFile() {
        return dir.resolve(LabState.PASSWORD_FILE);
    }

    public Path logs() {
        return dir.resolve(LOGS);
    }

    public Optional<LabState> state() {
        return LabState.load(dir);
    }

    /** The lab's PostgreSQL password (what WARROOM_LAB_PG_PASSWORD must hold for plans/local-lab.yaml). */
    public String password() {
        try {
            return Files.readString(passwordFile(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new LabException("no lab password in " + passwordFile() + "; is the lab up?");
        }
    }

    /** Settings in which the plan's password variable holds the lab's password, for probing the lab's servers. */
    public ConnectorSettings settings() {
        return ConnectorSettings.of(Map.of(LabResources.PASSWORD_ENV, password()));
    }

    /**
     * Starts the lab. Refuses if a lab is already running in this directory or a port is taken; clears
     * a previous lab whose processes are all gone. On failure, stops whatever it had started.
     */
    public LabState up(LabPorts ports, Optional<String> password, Consumer<String> progress) {
        LabBinaries.checkPlatform();
        Optional<LabState> previous = state();
        if (previous.isPresent()) {
            List<String> running = running(previous.get());
            if (!running.isEmpty()) {
                throw new LabException("a lab is already up in " + dir + " (" + String.join(", ", running)
                        + "); `warroom lab status` shows it, `warroom lab down` stops it");
            }
            progress.accept("clearing the previous lab in " + dir + " (none of its processes is running)");
            tearDown(previous.get(), s -> { });
        }
        List<Integer> busy = ports.busy();
        if (!busy.isEmpty()) {
            throw new LabException("port" + (busy.size() > 1 ? "s " : " ") + busy.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")
                    + " on 127.0.0.1 already in use; stop what listens there or choose other ports (--pg-port, --redis-port)");
        }
        String pw = password.filter(p -> !p.isBlank()).orElseGet(Lab::randomPassword);
        prepareDirectory(pw);
        ServerAccount account = ServerAccount.forThisProcess();
        Path pgHome = PostgresHome.choose(dir.resolve("postgres"), account);
        LabState state = new LabState(UUID.randomUUID().toString(), Instant.now().truncatedTo(ChronoUnit.SECONDS), ports, pgHome, account.name(),
                Map.of());
        state.save(dir);
        try {
            progress.accept(account.describe());
            PostgresPair pg = PostgresPair.createIn(pgHome, account, ports.pgPrimary(), ports.pgStandby(), pw, progress);
            state = state.withPid(LabServer.PG_PRIMARY, pg.primaryPid().orElse(0)).withPid(LabServer.PG_STANDBY, pg.standbyPid().orElse(0));
            state.save(dir);
            RedisPair redis = RedisPair.start(dir.resolve(REDIS), ports.redisMaster(), ports.redisReplica(), progress);
            state = state.withPid(LabServer.REDIS_MASTER, redis.masterPid().orElse(0)).withPid(LabServer.REDIS_REPLICA, redis.replicaPid().orElse(0));
            state.save(dir);
            progress.accept("starting the heartbeat writer");
            long writer = WriterLauncher.launch(dir, state.id(), logs().resolve("writer.log"));
            state = state.withPid(LabServer.WRITER, writer);
            state.save(dir);
            return state;
        } catch (RuntimeException e) {
            progress.accept("start-up failed; stopping what was started");
            try {
                tearDown(state, s -> { });
            } catch (LabException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw new LabException(e.getMessage() + " (logs kept in " + logs() + ")", e);
        }
    }

    private void prepareDirectory(String password) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            Files.createDirectories(logs());
            try (DirectoryStream<Path> old = Files.newDirectoryStream(logs())) {
                for (Path log : old) {
                    Files.deleteIfExists(log);
                }
            }
            Path file = passwordFile();
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LabException("could not prepare the lab directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    /** Each process's role, lag and link as the connectors' probes read them. */
    public LabStatus status() {
        LabState state = state().orElseThrow(() -> new LabException("no lab in " + dir + "; `warroom lab up` starts one"));
        ConnectorSettings settings = settings();
        Probe postgres = new PostgresConnector(settings).probes().get(PostgresConnector.KIND);
        Probe redis = new RedisConnector(settings).probes().get(RedisConnector.KIND);
        List<LabStatus.Line> lines = new ArrayList<>();
        for (LabServer server : LabServer.values()) {
            long pid = state.pid(server);
            boolean running = Processes.ours(pid, identity(server, state)).isPresent();
            String address = server == LabServer.WRITER ? "" : "127.0.0.1:" + state.ports().port(server);
            if (!running) {
                lines.add(new LabStatus.Line(server, address, pid, false, "stopped", pid > 0 ? "pid " + pid + " is gone" : "never started"));
            } else if (server == LabServer.WRITER) {
                lines.add(new LabStatus.Line(server, address, pid, true, "writing", heartbeat(state)));
            } else {
                lines.add(probed(server, address, pid, server.kind().equals("postgres") ? postgres : redis, state));
            }
        }
        return new LabStatus(dir, state, lines);
    }

    private static LabStatus.Line probed(LabServer server, String address, long pid, Probe probe, LabState state) {
        try {
            Observation o = probe.observe(LabResources.resource(server, state.ports()));
            List<String> facts = new ArrayList<>();
            for (String key : List.of("lag", "link", "offset lag", "timeline", "standbys", "connected replicas", "state")) {
                o.attribute(key).ifPresent(v -> facts.add(key + " " + v));
            }
            return new LabStatus.Line(server, address, pid, true, o.role().name().toLowerCase(Locale.ROOT), String.join(", ", facts));
        } catch (ProbeException e) {
            return new LabStatus.Line(server, address, pid, true, e.failure().words(), e.getMessage());
        }
    }

    /** How many heartbeat rows the primary (or, if it is down, the standby) holds, and how old the newest is. */
    private String heartbeat(LabState state) {
        for (int port : List.of(state.ports().pgPrimary(), state.ports().pgStandby())) {
            try (Connection c = LabJdbc.connect(port, LabJdbc.DATABASE, password()); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*), extract(epoch FROM now() - max(ts))::float8 FROM heartbeat")) {
                rs.next();
                return "heartbeat rows " + rs.getLong(1) + " on 127.0.0.1:" + port + ", newest "
                        + String.format(Locale.ROOT, "%.1f", Math.max(0, rs.getDouble(2))) + "s ago";
            } catch (SQLException e) {
                // try the next server
            }
        }
        return "no PostgreSQL server of the lab answers";
    }

    /** Stops one server abruptly, as a failure would: PostgreSQL with an immediate shutdown, Redis with SIGKILL, the writer with SIGTERM. */
    public String stop(LabServer server) {
        LabState state = state().orElseThrow(() -> new LabException("no lab in " + dir + "; `warroom lab up` starts one"));
        long pid = state.pid(server);
        if (Processes.ours(pid, identity(server, state)).isEmpty()) {
            throw new LabException(server.id() + " is not running" + (pid > 0 ? " (pid " + pid + " is gone)" : ""));
        }
        switch (server) {
            case PG_PRIMARY, PG_STANDBY -> postgres(state).stopServer(server, "immediate");
            case REDIS_MASTER, REDIS_REPLICA -> redis(state).stopServer(server, true);
            case WRITER -> Processes.ours(pid, identity(server, state)).ifPresent(Processes::stop);
        }
        if (Processes.ours(pid, identity(server, state)).isPresent()) {
            throw new LabException(server.id() + " (pid " + pid + ") is still running");
        }
        return "stopped " + server.id() + " (pid " + pid + ")";
    }

    /** Stops everything the lab started, verifies by pid that nothing is left, and deletes its files except the logs. */
    public List<String> down(Consumer<String> progress) {
        Optional<LabState> state = state();
        if (state.isEmpty()) {
            return List.of("no lab in " + dir + "; nothing to stop");
        }
        return tearDown(state.get(), progress);
    }

    private List<String> tearDown(LabState state, Consumer<String> progress) {
        List<String> done = new ArrayList<>();
        List<LabServer> order = List.of(LabServer.WRITER, LabServer.PG_STANDBY, LabServer.PG_PRIMARY, LabServer.REDIS_REPLICA, LabServer.REDIS_MASTER);
        List<LabServer> wasRunning = order.stream().filter(s -> Processes.ours(state.pid(s), identity(s, state)).isPresent()).toList();
        progress.accept("stopping " + (wasRunning.isEmpty() ? "nothing (no process of the lab is running)"
                : String.join(", ", wasRunning.stream().map(LabServer::id).toList())));
        Processes.running(identity(LabServer.WRITER, state)).forEach(Processes::stop);
        if (Files.isDirectory(state.postgresHome())) {
            postgres(state).close();
        }
        redis(state).close();
        List<String> left = new ArrayList<>();
        for (LabServer s : order) {
            long pid = state.pid(s);
            if (Processes.ours(pid, identity(s, state)).isPresent()) {
                left.add(s.id() + " (pid " + pid + ")");
            } else if (wasRunning.contains(s)) {
                done.add("stopped " + s.id() + " (pid " + pid + ")");
            }
        }
        for (LabServer s : order) {
            Processes.running(identity(s, state)).forEach(h -> left.add(s.id() + " process " + h.pid()));
        }
        if (!left.isEmpty()) {
            throw new LabException("still running after stopping the lab: " + String.join(", ", left));
        }
        keepLogs(state);
        if (isLabsOwn(state.postgresHome())) {
            Trees.delete(state.postgresHome());
        }
        Trees.delete(dir.resolve("postgres"));
        Trees.delete(dir.resolve(REDIS));
        try {
            for (String name : List.of(HeartbeatWriter.PID_FILE, LabState.PASSWORD_FILE, LabState.FILE)) {
                Files.deleteIfExists(dir.resolve(name));
            }
        } catch (IOException e) {
            throw new LabException("could not remove the lab's files in " + dir + ": " + e.getMessage(), e);
        }
        done.add("removed the lab's data; logs kept in " + logs());
        return done;
    }

    private void keepLogs(LabState state) {
        try {
            Files.createDirectories(logs());
            for (Path from : List.of(state.postgresHome(), dir.resolve(REDIS).resolve(LOGS))) {
                if (!Files.isDirectory(from)) {
                    continue;
                }
                try (DirectoryStream<Path> logs = Files.newDirectoryStream(from, "*.log")) {
                    for (Path log : logs) {
                        String name = from.equals(state.postgresHome()) ? "postgres-" + log.getFileName() : log.getFileName().toString();
                        Files.copy(log, logs().resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new LabException("could not keep the lab's logs in " + logs() + ": " + e.getMessage(), e);
        }
    }

    /** Only a directory the lab itself made is deleted: inside the lab directory, or a warroom-lab-pg-* temporary one. */
    private boolean isLabsOwn(Path pgHome) {
        Path home = pgHome.toAbsolutePath().normalize();
        return home.startsWith(dir) && !home.equals(dir) || home.getFileName() != null && home.getFileName().toString().startsWith("warroom-lab-pg-");
    }

    private PostgresPair postgres(LabState state) {
        return PostgresPair.at(state.postgresHome(), state.ports().pgPrimary(), state.ports().pgStandby());
    }

    private RedisPair redis(LabState state) {
        return RedisPair.at(dir.resolve(REDIS), state.ports().redisMaster(), state.ports().redisReplica());
    }

    private Predicate<ProcessHandle> identity(LabServer server, LabState state) {
        return switch (server) {
            case PG_PRIMARY, PG_STANDBY -> Processes.executableUnder(state.postgresHome().resolve("bin"));
            case REDIS_MASTER, REDIS_REPLICA -> Processes.executableUnder(dir.resolve(REDIS).resolve("bin"));
            case WRITER -> WriterLauncher.identity(state.id());
        };
    }

    private List<String> running(LabState state) {
        List<String> running = new ArrayList<>();
        for (LabServer s : LabServer.values()) {
            if (Processes.ours(state.pid(s), identity(s, state)).isPresent()) {
                running.add(s.id() + " pid " + state.pid(s));
            }
        }
        return running;
    }
}
