package dev.warroom.connectors.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * A real PostgreSQL 16 primary with a streaming standby on 127.0.0.1, built without pg_basebackup:
 * initdb the primary (wal_level=replica, WAL senders, a {@code host replication} line), create the
 * {@code warroom} database and its {@code heartbeat} table, stop it cleanly, copy its data directory,
 * give the copy {@code primary_conninfo} and {@code standby.signal}, and start both. The superuser is
 * {@code warroom}, with the given password (scram-sha-256).
 */
public final class PostgresPair implements AutoCloseable {

    static final String PRIMARY_DIR = "primary";
    static final String STANDBY_DIR = "standby";
    private static final Duration STREAMING_WITHIN = Duration.ofSeconds(60);

    private final Path home;
    private final ServerAccount account;
    private final PgServer primary;
    private final PgServer standby;

    private PostgresPair(Path home, ServerAccount account, int primaryPort, int standbyPort) {
        this.home = home;
        this.account = account;
        this.primary = new PgServer(home, PRIMARY_DIR, primaryPort, account);
        this.standby = new PgServer(home, STANDBY_DIR, standbyPort, account);
    }

    /** The pair already built in {@code home} (started or not), for stopping it. */
    static PostgresPair at(Path home, int primaryPort, int standbyPort) {
        return new PostgresPair(home, ServerAccount.forThisProcess(), primaryPort, standbyPort);
    }

    /**
     * Builds and starts the pair in {@code preferredHome}, or, when the server account cannot reach it
     * (root's home is closed to {@code nobody}), in a new directory under the system's temporary
     * directory. On failure everything started is stopped again and the directory deleted.
     */
    public static PostgresPair create(Path preferredHome, int primaryPort, int standbyPort, String password, Consumer<String> progress) {
        ServerAccount account = ServerAccount.forThisProcess();
        Path home = PostgresHome.choose(preferredHome, account);
        try {
            return createIn(home, account, primaryPort, standbyPort, password, progress);
        } catch (RuntimeException e) {
            Trees.delete(home);
            throw e;
        }
    }

    /** Builds and starts the pair in {@code home}, which {@code account} can write. On failure the servers are stopped; the files stay. */
    static PostgresPair createIn(Path home, ServerAccount account, int primaryPort, int standbyPort, String password,
            Consumer<String> progress) {
        PostgresPair pair = new PostgresPair(home, account, primaryPort, standbyPort);
        try {
            pair.build(password, progress);
            return pair;
        } catch (RuntimeException e) {
            pair.close();
            throw e;
        }
    }

    private void build(String password, Consumer<String> progress) {
        progress.accept("unpacking PostgreSQL 16 into " + home);
        LabBinaries.unpackPostgres(home, account);
        progress.accept("initdb: primary in " + primary.data() + (account.switchesUser() ? " (as " + account.name() + ")" : ""));
        initdb(password);
        configurePrimary();
        primary.start();
        createHeartbeatTable(password);
        primary.stop("fast");
        progress.accept("standby: copying the primary's data directory to " + standby.data());
        Exec.run("copying the primary's data directory", account.command(List.of("cp", "-a", primary.data().toString(), standby.data().toString())),
                home, account.environment(home), Duration.ofMinutes(2), null);
        configureStandby(password);
        primary.start();
        standby.start();
        progress.accept("waiting for the standby on 127.0.0.1:" + standby.port() + " to stream from 127.0.0.1:" + primary.port());
        awaitStreaming(password);
    }

    private void initdb(String password) {
        Path pwfile = home.resolve("initdb-password");
        try {
            Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(pwfile, PosixFilePermissions.fromString("rw-------"));
            account.own(pwfile);
            Exec.run("initdb", account.command(List.of(home.resolve("bin").resolve("initdb").toString(), "-D", primary.data().toString(),
                    "-U", LabJdbc.USER, "--auth=scram-sha-256", "--pwfile=" + pwfile, "-E", "UTF8", "--locale=C", "--no-sync",
                    "--no-instructions")), home, account.environment(home), Duration.ofMinutes(2), null);
        } catch (IOException e) {
            throw new LabException("could not write the initdb password file in " + home + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(pwfile);
            } catch (IOException ignored) {
                // inside the lab's own private directory, removed by `lab down`
            }
        }
    }

    private void configurePrimary() {
        append(primary.data().resolve("postgresql.conf"), String.join("\n",
                "",
                "# WarRoom lab: a primary on loopback that a standby streams from",
                "listen_addresses = '127.0.0.1'",
                "port = " + primary.port(),
                "unix_socket_directories = ''",
                "wal_level = replica",
                "max_wal_senders = 5",
                "wal_keep_size = '128MB'",
                "hot_standby = on",
                "max_connections = 30",
                "shared_buffers = '16MB'",
                "# a drill lab: no need to survive a power cut of this machine",
                "fsync = off",
                "log_line_prefix = '%m [%p] '",
                ""));
        Path hba = primary.data().resolve("pg_hba.conf");
        try {
            boolean hasReplication = Files.readAllLines(hba).stream().map(String::strip)
                    .anyMatch(l -> l.matches("host\\s+replication\\s+all\\s+127\\.0\\.0\\.1/32\\s+scram-sha-256"));
            if (!hasReplication) {
                append(hba, "\nhost replication all 127.0.0.1/32 scram-sha-256\n");
            }
        } catch (IOException e) {
            throw new LabException("could not read " + hba + ": " + e.getMessage(), e);
        }
    }

    private void configureStandby(String password) {
        append(standby.data().resolve("postgresql.conf"), "\n# WarRoom lab: the standby\nport = " + standby.port() + "\n");
        String conninfo = "host=127.0.0.1 port=" + primary.port() + " user=" + LabJdbc.USER + " password='"
                + password.replace("\\", "\\\\").replace("'", "\\'") + "' application_name=" + LabServer.PG_STANDBY.id();
        append(standby.data().resolve("postgresql.auto.conf"), "primary_conninfo = '" + conninfo.replace("'", "''") + "'\n");
        Path signal = standby.data().resolve("standby.signal");
        try {
            Files.writeString(signal, "");
            account.own(signal);
        } catch (IOException e) {
            throw new LabException("could not write " + signal + ": " + e.getMessage(), e);
        }
    }

    private void createHeartbeatTable(String password) {
        try (Connection c = LabJdbc.connect(primary.port(), "postgres", password); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + LabJdbc.DATABASE);
        } catch (SQLException e) {
            throw new LabException("could not create the database " + LabJdbc.DATABASE + ": " + e.getMessage(), e);
        }
        try (Connection c = LabJdbc.connect(primary.port(), LabJdbc.DATABASE, password); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE heartbeat (id bigserial PRIMARY KEY, ts timestamptz NOT NULL DEFAULT clock_timestamp(),"
                    + " writer text NOT NULL DEFAULT 'warroom lab')");
        } catch (SQLException e) {
            throw new LabException("could not create the heartbeat table: " + e.getMessage(), e);
        }
    }

    private void awaitStreaming(String password) {
        long deadline = System.nanoTime() + STREAMING_WITHIN.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            try (Connection c = LabJdbc.connect(standby.port(), LabJdbc.DATABASE, password); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT coalesce((SELECT status FROM pg_stat_wal_receiver), 'no WAL receiver')")) {
                rs.next();
                last = rs.getString(1);
                if (last.equals("streaming")) {
                    return;
                }
            } catch (SQLException e) {
                last = e.getMessage();
            }
            Pause.briefly();
        }
        throw new LabException("the standby on 127.0.0.1:" + standby.port() + " did not start streaming within " + STREAMING_WITHIN.toSeconds()
                + " s (last seen: " + last + "); see " + standby.log());
    }

    private void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new LabException("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    public Path home() {
        return home;
    }

    public int primaryPort() {
        return primary.port();
    }

    public int standbyPort() {
        return standby.port();
    }

    public OptionalLong primaryPid() {
        return primary.pid();
    }

    public OptionalLong standbyPid() {
        return standby.pid();
    }

    /** Who the servers run as, in words. */
    public String account() {
        return account.describe();
    }

    boolean stopServer(LabServer server, String mode) {
        return stop(server == LabServer.PG_PRIMARY ? primary : standby, mode);
    }

    /** Stops both servers; a postmaster pg_ctl cannot stop, and any process still running from this pair's binaries, is killed. */
    @Override
    public void close() {
        stop(standby, "fast");
        stop(primary, "fast");
        for (ProcessHandle left : Processes.running(Processes.executableUnder(home.resolve("bin")))) {
            Processes.stop(left);
        }
    }

    private boolean stop(PgServer server, String mode) {
        OptionalLong pid = server.pid();
        boolean stopped = server.stop(mode);
        if (pid.isPresent()) {
            Processes.ours(pid.getAsLong(), Processes.executableUnder(home.resolve("bin"))).ifPresent(Processes::stop);
        }
        return stopped;
    }

    /** Stops both servers and deletes everything in the pair's directory. */
    public void destroy() {
        close();
        Trees.delete(home);
    }

    /** The servers' log files. */
    public List<Path> logs() {
        List<Path> logs = new ArrayList<>();
        for (PgServer s : List.of(primary, standby)) {
            if (Files.exists(s.log())) {
                logs.add(s.log());
            }
        }
        return logs;
    }
}
