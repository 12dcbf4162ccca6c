package dev.warroom.connectors.lab;

import dev.warroom.connectors.ConnectorSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The local lab: a real failover on this machine. {@link #up} starts, on 127.0.0.1, a PostgreSQL
 * primary with a streaming standby, a Redis master with a replica and a detached heartbeat writer;
 * {@link #status} reads each server's role, lag and link with the same probes a drill uses;
 * {@link #stop} stops one server abruptly (a drill's failure); {@link #down} stops everything it
 * started, checks by pid that nothing is left and removes the lab's files except its logs.
 */
public final class Lab {

    private final Path dir;

    public Lab(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** The variable that moves the lab away from {@code ~/.warroom/lab}, for every command that looks for it. */
    public static final String DIR_ENV = "WARROOM_LAB_DIR";

    /** {@code $WARROOM_LAB_DIR}, else {@code ~/.warroom/lab}. */
    public static Path defaultDirectory() {
        return directory(ConnectorSettings.fromEnvironment());
    }

    /** The lab directory the settings name ({@link #DIR_ENV}), else {@code ~/.warroom/lab}. */
    public static Path directory(ConnectorSettings settings) {
        return settings.get(DIR_ENV).map(Path::of).orElseGet(() -> Path.of(System.getProperty("user.home"), ".warroom", "lab"));
    }

    public Path directory() {
        return dir;
    }

    public Path passwordFile() {
        return dir.resolve(LabState.PASSWORD_FILE);
    }

    public Path logs() {
        return dir.resolve(LabParts.LOGS);
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
            List<String> running = new LabParts(dir, previous.get()).runningNames();
            if (!running.isEmpty()) {
                throw new LabException("a lab is already up in " + dir + " (" + String.join(", ", running)
                        + "); `warroom lab status` shows it, `warroom lab down` stops it");
            }
            progress.accept("clearing the previous lab in " + dir + " (none of its processes is running)");
            new LabTeardown(new LabParts(dir, previous.get())).run(s -> { });
        }
        List<String> strays = Processes.running(Processes.executableUnder(dir)).stream()
                .map(h -> h.pid() + " (" + h.info().command().orElse("?") + ")").toList();
        if (!strays.isEmpty()) {
            throw new LabException("processes from an earlier lab in " + dir + " still run without its state file: " + String.join(", ", strays)
                    + "; stop them first");
        }
        Trees.delete(dir.resolve(LabParts.POSTGRES));
        Trees.delete(dir.resolve(LabParts.REDIS));
        List<Integer> busy = ports.busy();
        if (!busy.isEmpty()) {
            throw new LabException("port" + (busy.size() > 1 ? "s " : " ") + busy.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")
                    + " on 127.0.0.1 already in use; stop what listens there or choose other ports (--pg-port, --redis-port)");
        }
        String pw = password.filter(p -> !p.isBlank()).orElseGet(Lab::randomPassword);
        prepareDirectory(pw);
        ServerAccount account = ServerAccount.forThisProcess();
        Path pgHome = PostgresHome.choose(dir.resolve(LabParts.POSTGRES), account);
        LabState state = new LabState(UUID.randomUUID().toString(), Instant.now().truncatedTo(ChronoUnit.SECONDS), ports, pgHome, account.name(),
                Map.of());
        state.save(dir);
        try {
            progress.accept(account.describe());
            PostgresPair pg = PostgresPair.createIn(pgHome, account, ports.pgPrimary(), ports.pgStandby(), pw, progress);
            state = state.withPid(LabServer.PG_PRIMARY, pg.primaryPid().orElse(0)).withPid(LabServer.PG_STANDBY, pg.standbyPid().orElse(0));
            state.save(dir);
            RedisPair redis = RedisPair.start(dir.resolve(LabParts.REDIS), ports.redisMaster(), ports.redisReplica(), progress);
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
                new LabTeardown(new LabParts(dir, state)).run(s -> { });
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
        return new LabInspector(parts(), password()).read();
    }

    /** Whether the lab's server runs now (by its recorded pid and what that process is). */
    public boolean running(LabServer server) {
        return parts().running(server);
    }

    /** Stops one server abruptly, as a failure would: PostgreSQL with an immediate shutdown, Redis with SIGKILL, the writer with SIGTERM. */
    public String stop(LabServer server) {
        LabParts lab = parts();
        long pid = lab.state().pid(server);
        if (!lab.running(server)) {
            throw new LabException(server.id() + " is not running" + (pid > 0 ? " (pid " + pid + " is gone)" : ""));
        }
        switch (server) {
            case PG_PRIMARY, PG_STANDBY -> lab.postgres().stopServer(server, "immediate");
            case REDIS_MASTER, REDIS_REPLICA -> lab.redis().stopServer(server, true);
            case WRITER -> Processes.ours(pid, lab.identity(server)).ifPresent(Processes::stop);
        }
        if (lab.running(server)) {
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
        return new LabTeardown(new LabParts(dir, state.get())).run(progress);
    }

    private LabParts parts() {
        return new LabParts(dir, state().orElseThrow(() -> new LabException("no lab in " + dir + "; `warroom lab up` starts one")));
    }
}
